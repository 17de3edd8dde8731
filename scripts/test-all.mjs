// Runs every test the project has, in the order that makes failures cheap to read:
// static checks, unit tests (no build needed), the builds, the tests of the built
// extension, then end-to-end tests in Debian Chromium and Firefox ESR. Ends with one
// line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (!ok) console.log(`=== ${label} failed (exit ${result.status ?? result.signal})`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const problems = [];

for (const [label, script] of [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
  ['format', 'format:check'],
]) {
  if (!run(label, 'npm', ['run', '--silent', script])) problems.push(label);
}

// Unit tests first: they need no build, and a failure there is the cheapest to read.
function vitestProject(project) {
  const file = `test-results/${project}.json`;
  const ok = run(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${file}`,
  ]);
  const report = readJson(file);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (!ok && (!report || report.numFailedTests === 0)) problems.push(`${project} tests (did not finish)`);
}

vitestProject('unit');

const built =
  run('build chrome-mv3', 'npx', ['wxt', 'build']) && run('build firefox-mv3', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
if (!built) problems.push('build');

if (built) vitestProject('built');
else problems.push('built-extension tests (skipped: no build)');

if (built) {
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = existsSync('test-results/e2e.json') ? readJson('test-results/e2e.json') : undefined;
  if (e2e?.stats) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
  }
  if (!e2eOk && (!e2e?.stats || e2e.stats.unexpected === 0)) problems.push('end-to-end tests (did not finish)');
} else {
  problems.push('end-to-end tests (skipped: no build)');
}

// A failed check or build counts as a failure, so a red run never reads as green.
failed += problems.length;
if (problems.length) console.log(`\nFailed stages: ${problems.join(', ')}`);
if (existsSync('screenshots')) console.log('Screenshots of the popup in each state: screenshots/');
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(summary);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
