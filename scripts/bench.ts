// npm run bench: prints a table and writes bench/results.json.
//  - bundle sizes (raw, gzip) of the popup's first load, its lazy chunk, the options page and the background;
//  - the popup's time to first verdict (median of 25 opens) against an empty extension page opened the same way;
//  - one scan of a fixed mix of targets (refused, normal, slow, hung) against the slowest target alone;
//  - service-worker heap after 500 scans against after 1.
// Figures, not tests: nothing here passes or fails; budgets are printed beside them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findSignatures } from '../core/verdict/signatures';
import { scanTargets } from '../core/probe/scan';
import { BUDGETS, bundleSizes } from './bundle-sizes';
import { chromiumPath, QUIET_FLAGS } from '../tests/e2e/browser';
import { refusedPort, startHttpServer, startHungServer, startPersonality, type FakeServer } from '../tests/servers/fake-servers';

const OUT = path.resolve('.output/bench');
const EXT = path.join(OUT, 'chrome-mv3');
const OPENS = Number(process.env.BENCH_OPENS ?? 25);

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, CRA_OUT_DIR: OUT, CRA_BENCH: '1' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
}

const kb = (n: number) => Math.round(n / 102.4) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] ?? 0) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};

async function launch(): Promise<{ browser: Browser; extensionId: string }> {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    enableExtensions: [EXT],
    args: [...QUIET_FLAGS, '--js-flags=--expose-gc'],
  });
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('background.js'));
  return { browser, extensionId: new URL(target.url()).host };
}

async function timeOpen(browser: Browser, url: string, ready: string): Promise<number> {
  const page: Page = await browser.newPage();
  const started = performance.now();
  // Not awaiting the load event: the clock stops when the element is there.
  const navigation = page.goto(url).catch(() => undefined);
  await page.waitForSelector(ready, { timeout: 10_000 });
  const ms = performance.now() - started;
  await navigation;
  await page.close();
  return ms;
}

/**
 * Timed inside the page, from navigation start (performance.timeOrigin): for the popup, until the first verdict element exists,
 * seen by a MutationObserver installed before any of the page's scripts run; for the empty page, until its load event.
 */
async function timeInPage(browser: Browser, url: string, kind: 'verdict' | 'load', breakdown?: Record<string, number[]>): Promise<number> {
  const page: Page = await browser.newPage();
  // As a string: tsx (esbuild with keepNames) would wrap a function's inner names in a helper the page does not have.
  await page.evaluateOnNewDocument(`
    new MutationObserver(() => {
      if (window.__firstVerdictMs === undefined && document.querySelector('[data-verdict]')) window.__firstVerdictMs = performance.now();
    }).observe(document, { childList: true, subtree: true });
  `);
  await page.goto(url, { waitUntil: 'load' });
  const ms =
    kind === 'verdict'
      ? await page
          .waitForFunction(() => (window as unknown as { __firstVerdictMs?: number }).__firstVerdictMs, { timeout: 10_000 })
          .then((h) => h.jsonValue())
      : await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
  if (kind === 'verdict' && breakdown) {
    // A string, for the same keepNames reason as above.
    const at = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { htmlParsed: nav.domInteractive, loadEvent: nav.loadEventStart, moduleRuns: mark('cra:main'), storageRead: mark('cra:stored'), rendered: mark('cra:rendered') };
    })()`)) as Record<string, number>;
    for (const [k, v] of Object.entries(at)) (breakdown[k] ??= []).push(v);
  }
  await page.close();
  return ms as number;
}

async function popupPaint(server: FakeServer) {
  const { browser, extensionId } = await launch();
  const base = `chrome-extension://${extensionId}`;
  const setup = await browser.newPage();
  await setup.goto(`${base}/bench-empty.html`);
  // One target that answers, so there is a verdict to paint; then a fresh stored report, so opening starts no scan.
  await setup.evaluate(async (target) => {
    await chrome.storage.local.set({ settings: { targets: [target], scanIntervalHours: 6, notifications: false } });
    await chrome.runtime.sendMessage({ type: 'scan' });
  }, server.url);
  await setup.close();
  const popup: number[] = [];
  const empty: number[] = [];
  const popupInPage: number[] = [];
  // Where the popup's time goes, each a median in ms from navigation start (marks in entrypoints/popup/main.tsx).
  const steps: Record<string, number[]> = {};
  const emptyInPage: number[] = [];
  const floorInPage: number[] = [];
  const floorSteps: Record<string, number[]> = {};
  for (let i = 0; i < OPENS; i++) {
    // Alternate, so all see the same machine state.
    empty.push(await timeOpen(browser, `${base}/bench-empty.html`, '#ready'));
    popup.push(await timeOpen(browser, `${base}/popup.html`, '[data-verdict]'));
    emptyInPage.push(await timeInPage(browser, `${base}/bench-empty.html`, 'load'));
    floorInPage.push(await timeInPage(browser, `${base}/bench-floor.html`, 'verdict', floorSteps));
    popupInPage.push(await timeInPage(browser, `${base}/popup.html`, 'verdict', steps));
  }
  await browser.close();
  return {
    opens: OPENS,
    popupMedianMs: median(popup),
    emptyPageMedianMs: median(empty),
    ratio: median(popup) / median(empty),
    inPage: {
      popupFirstVerdictMs: median(popupInPage),
      emptyPageLoadMs: median(emptyInPage),
      ratio: median(popupInPage) / median(emptyInPage),
      /** The floor: one module script that reads the stored scan natively and appends one element (wxt.config.ts). */
      floorFirstVerdictMs: median(floorInPage),
      floorRatio: median(popupInPage) / median(floorInPage),
      /** The median of each open's popup / floor pair (adjacent in time, so the machine's drift cancels). */
      floorPairRatio: median(popupInPage.map((p, i) => p / (floorInPage[i] ?? NaN))),
      floorBreakdown: Object.fromEntries(Object.entries(floorSteps).map(([k, v]) => [k, Math.round(median(v) * 10) / 10])),
      breakdown: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, Math.round(median(v) * 10) / 10])),
    },
  };
}

async function scanMix() {
  const normal = await startPersonality('iis5-mapped');
  const slow = await startHttpServer('slow', (req, res) => {
    setTimeout(() => {
      res.writeHead(200, { server: 'Apache/2.4' });
      res.end('slow');
    }, 1000);
  });
  const hung = await startHungServer();
  const refused = `http://127.0.0.1:${await refusedPort()}/`;
  const alone = async (t: string) => {
    const s = performance.now();
    await scanTargets([t]);
    return performance.now() - s;
  };
  const single = {
    refused: await alone(refused),
    normal: await alone(normal.url),
    slow: await alone(slow.url),
    hung: await alone(hung.url),
  };
  const started = performance.now();
  const results = await scanTargets([hung.url, refused, normal.url, slow.url]);
  const mixMs = performance.now() - started;
  const inMix = Object.fromEntries(
    results.map((r) => [
      r.target === hung.url ? 'hung' : r.target === refused ? 'refused' : r.target === normal.url ? 'normal' : 'slow',
      r.durationMs,
    ]),
  );
  await Promise.all([normal.close(), slow.close(), hung.close()]);
  const slowest = Math.max(...Object.values(single));
  return { singleMs: single, perTargetInMixMs: inMix, mixMs, slowestSingleMs: slowest, ratio: mixMs / slowest };
}

async function swMemory(server: FakeServer) {
  const { browser, extensionId } = await launch();
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench-empty.html`);
  await page.evaluate(async (target) => {
    await chrome.storage.local.set({ settings: { targets: [target], scanIntervalHours: 6, notifications: false } });
  }, server.url);
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  const heap = async () => {
    await worker.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    const { usedSize } = (await worker.client.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  };
  /** Bytes held by live JavaScript objects, from a heap snapshot (taken after a full GC), leaving out V8's compiled code. */
  const liveObjects = async () => {
    await worker.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    const chunks: string[] = [];
    const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
    worker.client.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await worker.client.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    worker.client.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
    const fields = snap.snapshot.meta.node_fields.length;
    const types = snap.snapshot.meta.node_types[0];
    let bytes = 0;
    for (let i = 0; i < snap.nodes.length; i += fields) {
      if (types[snap.nodes[i] ?? 0] !== 'code') bytes += snap.nodes[i + 3] ?? 0;
    }
    return bytes;
  };
  const scans = async (n: number) => {
    await page.evaluate(async (count) => {
      for (let i = 0; i < count; i++) await chrome.runtime.sendMessage({ type: 'scan' });
    }, n);
  };
  await scans(1);
  const after1 = await heap();
  const objectsAfter1 = await liveObjects();
  await scans(99);
  const after100 = await heap();
  const objectsAfter100 = await liveObjects();
  await scans(400);
  const after500 = await heap();
  await scans(500);
  const after1000 = await heap();
  const objectsAfter1000 = await liveObjects();
  await browser.close();
  // The heap settles during the first few hundred scans (compiled code, V8's own sizing); 500 → 1000 shows whether scans accumulate.
  return {
    after1Bytes: after1,
    after100Bytes: after100,
    after500Bytes: after500,
    after1000Bytes: after1000,
    growthBytes: after500 - after1,
    growth500to1000Bytes: after1000 - after500,
    ratio: after500 / after1,
    liveObjectsAfter1Bytes: objectsAfter1,
    liveObjectsAfter100Bytes: objectsAfter100,
    liveObjectsAfter1000Bytes: objectsAfter1000,
  };
}

/**
 * Classifying a 64 KB answer against reading it: the probe decodes up to 64 KB
 * of bytes anyway, so signature matching should cost about as much, whatever
 * the server sends (the old idq.dll pattern took minutes on repeated HTMLIDQ).
 */
function classifyCost() {
  const size = 64 * 1024;
  const bodies: Record<string, string> = {
    'repeated HTMLIDQ': 'HTMLIDQ'.repeat(Math.ceil(size / 7)).slice(0, size),
    'plain text': 'a'.repeat(size),
    'repeated "Hacked By"': 'Hacked  By  '.repeat(Math.ceil(size / 12)).slice(0, size - 8) + 'Chinese?',
    'idq.dll page at the end': `${' '.repeat(size - 60)}<HTML>The IDQ file NULL.ida could not be found.</HTML>`,
  };
  const timeOf = (run: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    return median(times);
  };
  const out: Record<string, { classifyMs: number; readMs: number; ratio: number }> = {};
  for (const [name, body] of Object.entries(bodies)) {
    const bytes = new TextEncoder().encode(body);
    const readMs = timeOf(() => new TextDecoder().decode(bytes));
    // What the probe runs on each answer it reads; the verdict then works from the signatures found.
    const classifyMs = timeOf(() => findSignatures(body));
    out[name] = { classifyMs, readMs, ratio: classifyMs / readMs };
  }
  return out;
}

async function main() {
  // BENCH_NO_BUILD=1: measure the copy already in .output/bench (to try a change to the built files by hand).
  if (process.env.BENCH_NO_BUILD !== '1') {
    console.log('Building a bench copy of the extension in .output/bench …');
    build();
  }
  const bundles = bundleSizes(EXT);
  const server = await startPersonality('iis5-mapped');
  const paint = await popupPaint(server);
  // BENCH_ONLY=paint: the paint figures alone, for a quick before-and-after while working on the first verdict.
  if (process.env.BENCH_ONLY === 'paint') {
    await server.close();
    console.log(JSON.stringify({ bundles: { popupFirstLoad: bundles.popupFirstLoad }, paint }, null, 2));
    return;
  }
  const scan = await scanMix();
  const memory = await swMemory(server);
  await server.close();
  const classifying = classifyCost();

  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout.trim(),
  };
  const results = {
    date: new Date().toISOString(),
    machine,
    bundles,
    popupPaint: paint,
    scan,
    serviceWorkerMemory: memory,
    classify64KB: classifying,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

  const rows: [string, string, string][] = [
    [
      'popup JS, first load',
      `${kb(bundles.popupFirstLoad.raw)} KB raw, ${kb(bundles.popupFirstLoad.gzip)} KB gzip`,
      `≤ ${BUDGETS.popupFirstPaint / 1024} KB gzip (test)`,
    ],
    ['popup JS, loaded after paint', `${kb(bundles.popupLazy.raw)} KB raw, ${kb(bundles.popupLazy.gzip)} KB gzip`, ''],
    [
      'popup JS, everything it loads',
      `${kb(bundles.popupTotal.raw)} KB raw, ${kb(bundles.popupTotal.gzip)} KB gzip`,
      `≤ ${BUDGETS.popupTotal / 1024} KB gzip (test)`,
    ],
    ['options JS', `${kb(bundles.options.raw)} KB raw, ${kb(bundles.options.gzip)} KB gzip`, ''],
    [
      'background JS',
      `${kb(bundles.background.raw)} KB raw, ${kb(bundles.background.gzip)} KB gzip`,
      `≤ ${BUDGETS.background / 1024} KB gzip (test)`,
    ],
    ['popup: first verdict, in the page (median of ' + paint.opens + ')', `${paint.inPage.popupFirstVerdictMs.toFixed(1)} ms`, ''],
    ['empty extension page: load event, in the page', `${paint.inPage.emptyPageLoadMs.toFixed(1)} ms`, ''],
    ['floor page: stored verdict shown, in the page', `${paint.inPage.floorFirstVerdictMs.toFixed(1)} ms`, ''],
    ['popup / floor, in the page', `${paint.inPage.floorRatio.toFixed(2)}×`, '≤ 1.15×'],
    ['popup / empty page, in the page (old goal)', `${paint.inPage.ratio.toFixed(2)}×`, 'was ≤ 1.25×'],
    [
      'popup: HTML parsed / module runs / stored result read / rendered',
      `${paint.inPage.breakdown.htmlParsed} / ${paint.inPage.breakdown.moduleRuns} / ${paint.inPage.breakdown.storageRead} / ${paint.inPage.breakdown.rendered} ms`,
      'from navigation start',
    ],
    [
      'floor: HTML parsed / module runs / stored result read',
      `${paint.inPage.floorBreakdown.htmlParsed} / ${paint.inPage.floorBreakdown.moduleRuns} / ${paint.inPage.floorBreakdown.storageRead} ms`,
      'from navigation start',
    ],
    ['popup / floor, median of each open’s pair', `${paint.inPage.floorPairRatio.toFixed(2)}×`, ''],
    ['old figure, timed from Node: popup first verdict', `${paint.popupMedianMs.toFixed(1)} ms`, ''],
    ['old figure, timed from Node: empty page', `${paint.emptyPageMedianMs.toFixed(1)} ms (${paint.ratio.toFixed(2)}×)`, ''],
    ['scan: refused, normal, slow, hung at once', `${scan.mixMs.toFixed(0)} ms`, ''],
    ['scan: slowest single target (hung)', `${scan.slowestSingleMs.toFixed(0)} ms`, ''],
    ['mix / slowest single', `${scan.ratio.toFixed(2)}×`, 'a hung target delays no other'],
    ['scan: normal target inside the mix', `${scan.perTargetInMixMs.normal ?? NaN} ms (alone ${scan.singleMs.normal.toFixed(0)} ms)`, ''],
    ['service-worker heap after 1 scan', `${kb(memory.after1Bytes)} KB`, ''],
    ['service-worker heap after 100 scans', `${kb(memory.after100Bytes)} KB`, ''],
    ['service-worker heap after 500 scans', `${kb(memory.after500Bytes)} KB (${memory.ratio.toFixed(2)}× after 1)`, ''],
    ['service-worker heap after 1000 scans', `${kb(memory.after1000Bytes)} KB (${kb(memory.growth500to1000Bytes)} KB over 500)`, ''],
    ...Object.entries(classifying).map(([name, c]): [string, string, string] => [
      `signatures in a 64 KB answer: ${name}`,
      `${c.classifyMs.toFixed(3)} ms (decoding it: ${c.readMs.toFixed(3)} ms, ${c.ratio.toFixed(1)}×)`,
      'linear: about the cost of reading',
    ]),
    [
      'live JS objects after 1 / 100 / 1000 scans',
      `${kb(memory.liveObjectsAfter1Bytes)} / ${kb(memory.liveObjectsAfter100Bytes)} / ${kb(memory.liveObjectsAfter1000Bytes)} KB (1000 / 100: ${(memory.liveObjectsAfter1000Bytes / memory.liveObjectsAfter100Bytes).toFixed(2)}×)`,
      'no growth with scans',
    ],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${'measure'.padEnd(w0)}  ${'figure'.padEnd(w1)}  budget`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
  console.log(
    `\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}. Written to bench/results.json.`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
