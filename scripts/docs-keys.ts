// Rewrites the table of policy keys in docs/admin.md from core/policy/keys.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { withPolicyTable } from './lib/docs-table';

const file = 'docs/admin.md';
writeFileSync(file, withPolicyTable(readFileSync(file, 'utf8')));
console.log(`Updated the policy table in ${file}`);
