import bu200107 from './csaf/bu-2001.07.json';
import bu200109 from './csaf/bu-2001.09.json';
import ca200119 from './csaf/ca-2001-19.json';
import ca200123 from './csaf/ca-2001-23.json';
import in200109 from './csaf/in-2001-09.json';
import ms01033 from './csaf/ms01-033.json';
import ms01044 from './csaf/ms01-044.json';
import { advisoryFromCsaf } from './from-csaf';
import type { Advisory } from './types';

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

/** The seed organization's own advisories: they apply only while that organization is the one in force. */
const SEED_ORGANIZATION_ADVISORIES = new Set(['BU-2001.09', 'BU-2001.07']);

/** The advisories in force: the bundle, the organization's own, and any IT added by policy. */
export function catalogFor(organizationAdvisoryIds: readonly string[], extra: readonly Advisory[]): Advisory[] {
  const bundled = BUNDLED_ADVISORIES.filter((a) => !SEED_ORGANIZATION_ADVISORIES.has(a.id) || organizationAdvisoryIds.includes(a.id));
  const ids = new Set(bundled.map((a) => a.id));
  return [...bundled, ...extra.filter((a) => !ids.has(a.id))];
}

export function findAdvisory(catalog: readonly Advisory[], id: string): Advisory | undefined {
  return catalog.find((a) => a.id === id);
}
