import { parseArgs } from 'node:util';
import { setMessageSource } from '../core/text/i18n';
import { catalogueSource } from './lib/catalogue';
import { publishFeed } from './lib/publish-feed';

// npm run feed -- --key <fingerprint> --out <folder> [--url https://host] <csaf files…>   (docs/admin.md §5b)
const USAGE = 'usage: npm run feed -- --key <primary key fingerprint> --out <folder> [--url https://host] <csaf files…>';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { key: { type: 'string' }, out: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.key || !values.out) {
    console.error(`--key and --out are both needed.\n${USAGE}`);
    return 2;
  }
  setMessageSource(catalogueSource('en'));
  const result = await publishFeed({ key: values.key, out: values.out, files: positionals, ...(values.url ? { url: values.url } : {}) });
  if (!result.ok) {
    console.error(result.refused ? 'The extension would refuse this feed, so nothing was written:' : 'Nothing was written:');
    for (const p of result.problems) console.error(`  - ${p}`);
    return 1;
  }
  for (const file of result.written) console.log(file);
  console.log(`\nChecked as a browser will check it. Serve ${values.out} so that this answers:\n  ${result.metadataUrl}`);
  console.log(`Then set in policy:\n  "AdvisoryFeedUrl": "${result.metadataUrl}",\n  "AdvisoryFeedKeys": ["${result.fingerprint}"]`);
  return 0;
}

process.exitCode = await main();
