// Rewrites core/advisories/bundled-refs.ts from the bundled CSAF documents (core/advisories/csaf/).
import { writeFileSync } from 'node:fs';
import { BUNDLED_ADVISORIES, toRef } from '../core/advisories/catalog';

const refs = BUNDLED_ADVISORIES.map(toRef);
writeFileSync(
  'core/advisories/bundled-refs.ts',
  `import type { AdvisoryRef } from './types';

// Generated from the bundled CSAF documents by \`npm run advisory-refs\`; bundled-refs.test.ts fails when they differ.
/** The bundled advisories as the background carries them: ids, titles, CVEs, affected products and links, no texts. */
export const BUNDLED_REFS: readonly AdvisoryRef[] = ${JSON.stringify(refs, null, 2)};
`,
);
