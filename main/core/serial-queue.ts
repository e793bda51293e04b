/**
 * Runs async tasks one at a time, in call order. Every durable write in Unknot goes through one of
 * these, so two quick saves can never interleave and the last one asked for is the last written.
 */
export interface SerialQueue {
  /** Runs `task` after every task queued before it; a failed task does not block the ones after it. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves once the queue is empty, including tasks queued by tasks that were already waiting. */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const run = tail.then(task);
      tail = run.catch(() => undefined);
      return run;
    },
    async idle() {
      // A task may queue another behind itself: wait until the tail stops moving.
      for (let seen = tail; ; seen = tail) {
        await seen;
        if (seen === tail) return;
      }
    },
  };
}
