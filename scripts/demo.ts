// Starts a demo web server that answers like an unpatched IIS 5.0 with the
// .ida mapping on (what Code Red attacks), loads the built extension into
// Chromium and points it at the server. With a display, the browser stays
// open; without one, screenshots of the popup are written and the demo ends.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser';
import { saveScreenshotTo } from './screenshot';
import { PERSONALITIES } from '../tests/servers/personalities';

const PREFERRED_PORT = 8080;
const OUT_DIR = path.resolve('demo-screenshots');

async function startDemoServer(): Promise<{ url: string; close: () => void }> {
  const route = PERSONALITIES['iis5-mapped'];
  const server = http.createServer((req, res) => {
    const answer = route(req.url ?? '/');
    console.log(`  demo server: ${req.method} ${req.url} -> ${answer.status}`);
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen(PREFERRED_PORT).catch(() => listen(0));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  const demo = await startDemoServer();
  console.log(`Demo server (behaves like an exposed IIS 5.0): ${demo.url}`);

  const { context, serviceWorker, extensionId } = await launchWithExtension({ headless });
  // What a user does in the options page: add the server's address to the list.
  await serviceWorker.evaluate(
    async (targets) => {
      await chrome.storage.local.set({ settings: { targets, scanIntervalHours: 6 } });
    },
    ['http://localhost/', 'http://127.0.0.1/', demo.url],
  );

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator(`[data-target="${demo.url}"][data-verdict="exposed"]`).waitFor({ timeout: 20_000 });

  if (headless) {
    await popup.locator(`[data-target="${demo.url}"] summary`).click();
    const files = [await saveScreenshotTo(popup, OUT_DIR, 'popup')];
    const options = await context.newPage();
    await options.setViewportSize({ width: 800, height: 600 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('target-list').waitFor();
    files.push(await saveScreenshotTo(options, OUT_DIR, 'options'));
    await context.close();
    demo.close();
    console.log('\nNo display, so Chromium ran headless. The popup says the demo server is "exposed".');
    console.log(`Screenshots written to ${OUT_DIR}:`);
    for (const f of files) console.log(`  ${f}`);
    return;
  }

  console.log(`\nChromium is open with Code Red Advisor loaded (extension id ${extensionId}).`);
  console.log('The popup is open in a tab; the toolbar button opens it too. Close the browser or press Ctrl+C to stop.');
  const stop = () => {
    demo.close();
    void context.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  context.on('close', () => {
    demo.close();
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
