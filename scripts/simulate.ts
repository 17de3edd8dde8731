import { parseArgs } from 'node:util';
import { simulate } from './lib/fleet-sim';

// npm run simulate [-- --browsers 20000 --heartbeat-hours 24 --spread 30 --documents 10]   (docs/admin.md, "Load on your servers")
const { values } = parseArgs({
  options: {
    browsers: { type: 'string', default: '20000' },
    'heartbeat-hours': { type: 'string', default: '24' },
    spread: { type: 'string', default: '30' },
    documents: { type: 'string', default: '10' },
  },
});
const started = performance.now();
const result = await simulate({
  browsers: Number(values.browsers),
  documents: Number(values.documents),
  policy: { ReportHeartbeatHours: Number(values['heartbeat-hours']), LoadSpreadMinutes: Number(values.spread) },
});
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  `${result.browsers} browsers, heartbeat every ${values['heartbeat-hours']} h, LoadSpreadMinutes ${values.spread}, ` +
    `${values.documents} feed documents (${result.feedRequestsPerCheck} requests per feed check)\n`,
);
console.log('| window | requests | busiest minute | share of the window | share of the fleet |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const w of result.windows) {
  console.log(`| ${w.name} | ${w.requests} | ${w.peak} | ${pct(w.shareOfRequests)} | ${pct(w.shareOfFleet)} |`);
}
const e = result.events;
console.log(
  `\nWhile the collector was down: ${result.attemptsWhileDown.requests} connection attempts, at most ${result.attemptsWhileDown.peak} in a minute (nothing answered them).`,
);
console.log(
  `Events: ${e.queued} queued, ${e.delivered} delivered, ${e.duplicates} delivered twice, ${e.missing} never delivered; ` +
    `everything queued before the collector came back was delivered within ${result.drainedWithinHours.toFixed(1)} h of its return.`,
);
console.log(`(simulated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
