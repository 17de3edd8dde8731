import fc from 'fast-check';

// The default run keeps CI quick; `npm run fuzz` sets FUZZ_RUNS for a long run.
// A counterexample fast-check finds is kept as a named case (`examples:` or a plain test) beside the property.
const runs = Number(process.env.FUZZ_RUNS);
fc.configureGlobal({ numRuns: Number.isSafeInteger(runs) && runs > 0 ? runs : 100 });
