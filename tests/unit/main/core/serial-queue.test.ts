import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../../../main/core/serial-queue';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSerialQueue', () => {
  it('runs tasks one at a time, in call order, even when a later one is quicker', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string, ticks: number) => async () => {
      running += 1;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      for (let i = 0; i < ticks; i += 1) await tick();
      log.push(`end ${name}`);
      running -= 1;
      return name;
    };
    const results = await Promise.all([
      queue.run(task('a', 3)),
      queue.run(task('b', 0)),
      queue.run(task('c', 1)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('rejects the failed task to its caller and still runs the ones after it', async () => {
    const queue = createSerialQueue();
    const failed = queue.run(() => Promise.reject(new Error('disk full')));
    const next = queue.run(() => Promise.resolve('ran'));
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('ran');
  });

  it('idle() waits for tasks queued by running tasks too', async () => {
    const queue = createSerialQueue();
    const done: string[] = [];
    void queue.run(async () => {
      await tick();
      void queue.run(async () => {
        await tick();
        done.push('second');
      });
      done.push('first');
    });
    await queue.idle();
    expect(done).toEqual(['first', 'second']);
  });

  it('idle() resolves at once on an empty queue, and after a failure', async () => {
    const queue = createSerialQueue();
    await queue.idle();
    queue.run(() => Promise.reject(new Error('x'))).catch(() => undefined);
    await expect(queue.idle()).resolves.toBeUndefined();
  });
});
