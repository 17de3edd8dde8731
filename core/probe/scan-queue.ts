import type { ScanTrigger } from '../verdict/evidence';

/** Which targets a scan covers: named ones, or every configured target. */
export type Coverage = { all: true } | { all: false; targets: ReadonlySet<string> };

const ALL: Coverage = { all: true };

export function coverageOf(targets?: readonly string[]): Coverage {
  return targets ? { all: false, targets: new Set(targets) } : ALL;
}

/** Whether a scan of `outer` also checks everything `inner` asks for. */
export function covers(outer: Coverage, inner: Coverage): boolean {
  if (outer.all) return true;
  if (inner.all) return false;
  return [...inner.targets].every((t) => outer.targets.has(t));
}

/** One scan that checks what both asked for. */
export function union(a: Coverage, b: Coverage): Coverage {
  if (a.all || b.all) return ALL;
  return { all: false, targets: new Set([...a.targets, ...b.targets]) };
}

interface Pending<R> {
  trigger: ScanTrigger;
  coverage: Coverage;
  promise: Promise<R>;
  resolve: (report: R) => void;
  reject: (error: unknown) => void;
}

/**
 * One scan at a time, and every request answered by a scan that covers at
 * least what it asked for. A request that arrives while a scan runs shares it
 * when that scan already covers it (and it need not be newer); otherwise it
 * joins the one queued scan, which covers the union of everything queued and
 * starts when the running one ends. The popup, the alarm, startup, a settings
 * change and a checklist verification can all ask at once.
 */
export function createScanQueue<R>(execute: (trigger: ScanTrigger, targets: readonly string[] | undefined) => Promise<R>) {
  let running: { coverage: Coverage; promise: Promise<R> } | undefined;
  let pending: Pending<R> | undefined;

  const start = (trigger: ScanTrigger, coverage: Coverage): Promise<R> => {
    const promise = execute(trigger, coverage.all ? undefined : [...coverage.targets]);
    running = { coverage, promise };
    const next = () => {
      running = undefined;
      const queued = pending;
      pending = undefined;
      if (queued) start(queued.trigger, queued.coverage).then(queued.resolve, queued.reject);
    };
    promise.then(next, next);
    return promise;
  };

  return {
    /**
     * Asks for a scan of `targets` (all configured ones when absent). `fresh`:
     * the answer must come from a scan that starts after this request (the
     * settings just changed, or a checklist step is being verified).
     */
    request(trigger: ScanTrigger, targets?: readonly string[], fresh = false): Promise<R> {
      const wanted = coverageOf(targets);
      if (!running) return start(trigger, wanted);
      if (!fresh && covers(running.coverage, wanted)) return running.promise;
      if (pending) {
        pending.coverage = union(pending.coverage, wanted);
        return pending.promise;
      }
      let resolve!: (report: R) => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<R>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      pending = { trigger, coverage: wanted, promise, resolve, reject };
      return promise;
    },
  };
}
