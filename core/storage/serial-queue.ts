/**
 * Runs async jobs one after another, in the order they were asked for. The
 * checklist's one writer uses it so that a read-change-write is never
 * interleaved with another: a job that fails does not stop the ones after it.
 */
export function createSerialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
