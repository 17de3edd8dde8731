import bu200107 from './csaf/bu-2001.07.json';
import bu200109 from './csaf/bu-2001.09.json';
import ca200119 from './csaf/ca-2001-19.json';
import ca200123 from './csaf/ca-2001-23.json';
import in200109 from './csaf/in-2001-09.json';
import ms01033 from './csaf/ms01-033.json';
import ms01044 from './csaf/ms01-044.json';
import { advisoryFromCsaf } from './from-csaf';
import { selectInForce } from './selection';
import type { Advisory, AdvisoryRef } from './types';

/** The bundled CSAF documents by file name; the unit tests validate each one in full. */
export const BUNDLED_CSAF: Record<string, unknown> = {
  'ms01-033.json': ms01033,
  'ms01-044.json': ms01044,
  'ca-2001-19.json': ca200119,
  'ca-2001-23.json': ca200123,
  'in-2001-09.json': in200109,
  'bu-2001.09.json': bu200109,
  'bu-2001.07.json': bu200107,
};

/** When the bundle's content was last reviewed against its sources. */
export const BUNDLE_DATE = '2026-11-26';

export const BUNDLED_ADVISORIES: readonly Advisory[] = Object.entries(BUNDLED_CSAF).map(([file, doc]) => advisoryFromCsaf(doc, file));

/** The advisories in force: the bundle, the organization's own, and any IT added by policy. */
export function catalogFor(organizationAdvisoryIds: readonly string[], extra: readonly Advisory[]): Advisory[] {
  return selectInForce(BUNDLED_ADVISORIES, organizationAdvisoryIds, extra);
}

export function findAdvisory(catalog: readonly Advisory[], id: string): Advisory | undefined {
  return catalog.find((a) => a.id === id);
}

/** An advisory as the background carries it (bundled-refs.ts): what matching and fleet reports need, no texts. */
export function toRef(a: AdvisoryRef): AdvisoryRef {
  return {
    id: a.id,
    title: a.title,
    cves: [...a.cves],
    affected: a.affected.map((p) => ({ productId: p.productId, name: p.name, ...(p.version !== undefined ? { version: p.version } : {}) })),
    references: a.references.map((r) => ({ url: r.url, status: r.status })),
  };
}
