import { t } from '../text/i18n';
import { AdvisoryFormatError, advisoryFromCsaf } from '../advisories/from-csaf';
import type { Advisory } from '../advisories/types';
import { shown, type PolicyProblem } from './validate';

/**
 * Reads the ExtraAdvisories policy value: one CSAF 2.0 document or an array.
 * Each valid document is kept; each invalid one is named with its problem.
 * Only the pages that show advisories need this, so the background never loads it.
 */
export function readExtraAdvisories(json: string | undefined): { advisories: Advisory[]; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  if (json === undefined) return { advisories: [], problems };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    problems.push({
      key: 'ExtraAdvisories',
      value: shown(json),
      reason: t('pol_json', e instanceof Error ? e.message : String(e)),
    });
    return { advisories: [], problems };
  }
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  const advisories: Advisory[] = [];
  docs.forEach((doc, i) => {
    const name = Array.isArray(parsed) ? `ExtraAdvisories[${i}]` : 'ExtraAdvisories';
    try {
      advisories.push(advisoryFromCsaf(doc, name, 'organization'));
    } catch (e) {
      // Any failure stays this document's problem: the other advisories, and the view, go on.
      const why = e instanceof AdvisoryFormatError ? e.message.replace(`${name}: `, '') : e instanceof Error ? e.name : String(e);
      problems.push({ key: name, value: shown(doc), reason: t('pol_csaf', why) });
    }
  });
  return { advisories, problems };
}
