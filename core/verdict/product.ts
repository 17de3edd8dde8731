import { parseServerBanner } from './banner';
import { matchBannerRules, type BannerRule } from './banner-rules';

/** The product a banner names, as the banner rules say: a family (IIS) and a version, as data. */
export type ProductRef = NonNullable<BannerRule['product']>;

/**
 * The banner rules a `Server` header matches, in product order; none for a
 * missing or garbled banner. The one place that turns a banner into rules,
 * for the checklist's "is it IIS?", the advisory matcher and the finding model.
 */
export function rulesForBanner(banner: string | null): BannerRule[] {
  const parsed = parseServerBanner(banner);
  return parsed.kind === 'parsed' ? matchBannerRules(parsed.products).map((m) => m.rule) : [];
}

/** The product the banner's first recognised product is, if a rule names one. */
export function bannerProduct(banner: string | null): ProductRef | undefined {
  return rulesForBanner(banner).find((rule) => rule.product)?.product;
}

/** Whether any product in the banner is IIS, of any version. */
export function namesIis(banner: string | null): boolean {
  return rulesForBanner(banner).some((rule) => rule.product?.family === 'iis');
}
