import { t } from '../text/i18n';
import { rulesForBanner } from '../verdict/product';
import type { TargetResult } from '../verdict/evidence';
import type { Advisory, AdvisoryRef } from './types';

export interface AdvisoryMatch<A extends AdvisoryRef = Advisory> {
  advisory: A;
  /** `applies`: the evidence points at an affected product; `may-apply`: it cannot be ruled out. */
  certainty: 'applies' | 'may-apply';
  why: string;
}

/** The IIS version a banner names, when it is one of the versions the rules know. */
export function iisVersion(banner: string | null): string | undefined {
  const rule = rulesForBanner(banner)[0];
  // Only the versions Code Red attacks are matched against advisories' affected versions.
  return rule?.assessment === 'code-red-target' ? rule.product?.version : undefined;
}

const isCodeRed = (a: AdvisoryRef) => /code red/i.test(a.title);
const affectsIis = (a: AdvisoryRef, version?: string) =>
  a.affected.some((p) => /IIS|Internet Information/i.test(p.name) && (version === undefined || p.version === version));

/**
 * Links one finding to the advisories that apply. Infection puts the Code Red
 * advisories first; otherwise vendor bulletins keep the catalog's order.
 */
export function matchAdvisories<A extends AdvisoryRef>(result: TargetResult, catalog: readonly A[]): AdvisoryMatch<A>[] {
  const version = iisVersion(result.banner);
  switch (result.verdict) {
    case 'infected': {
      const relevant = catalog.filter((a) => affectsIis(a));
      const ordered = [...relevant.filter(isCodeRed), ...relevant.filter((a) => !isCodeRed(a))];
      return ordered.map((advisory) => ({ advisory, certainty: 'applies', why: t('match_defaced') }));
    }
    case 'exposed':
    case 'possibly-vulnerable':
    case 'mitigated': {
      const why = version ? t('match_banner_iis', version) : t('match_ida_affected');
      return catalog.filter((a) => affectsIis(a, version)).map((advisory) => ({ advisory, certainty: 'applies', why }));
    }
    case 'unknown':
      return catalog
        .filter((a) => affectsIis(a))
        .map((advisory) => ({
          advisory,
          certainty: 'may-apply',
          why: t('match_may_apply'),
        }));
    case 'not-affected':
    case 'unreachable':
    case 'not-checked':
      return [];
  }
}
