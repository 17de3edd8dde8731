import { POLICY_DOCS } from './key-docs';
import { POLICY_KINDS, POLICY_KEY_NAMES, type PolicyValueKind } from '../../core/policy/keys';

/**
 * Chrome's managed-storage schema is a small dialect of JSON Schema draft 3:
 * it ignores keywords it does not know and refuses to load the extension on
 * an invalid schema. So only `type`, `title`, `description`, `items`,
 * `properties` and `sensitiveValue` are written; every other rule is checked
 * at run time by validate.ts.
 *
 * No `minimum` or `maximum`: Chrome drops a value outside them before the
 * extension sees it (chrome://policy then reads "Not set"), so nobody could
 * tell the admin why `ScanIntervalHours: -5` did nothing. Our validator checks
 * ranges and explains them. A value of the wrong type is still dropped by the
 * browser without a trace, which docs/admin.md says.
 */
function node(kind: PolicyValueKind): Record<string, unknown> {
  switch (kind.type) {
    case 'string':
    case 'advisories-json':
    case 'choice':
      // No enum for a choice: Chrome would drop a wrong value silently, where the validator explains it.
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer' };
    case 'url-list':
    case 'fingerprint-list':
      return { type: 'array', items: { type: 'string' } };
  }
}

export function managedSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const name of POLICY_KEY_NAMES) {
    const def = POLICY_DOCS[name];
    properties[name] = {
      ...node(POLICY_KINDS[name]),
      title: def.title,
      description: def.description,
      ...(def.sensitive ? { sensitiveValue: true } : {}),
    };
  }
  return { type: 'object', properties };
}
