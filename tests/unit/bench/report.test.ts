import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../bench/figure';
import { fromPaired, fromSamples, notPresent } from '../../../bench/figure';
import { isBusy, type MachineInfo } from '../../../bench/machine';
import { failed, renderMarkdown, toEntry, type BenchReport } from '../../../bench/report';

const machine: MachineInfo = {
  cores: 2,
  memoryGiB: 1,
  node: 'v20',
  chromium: 'Chromium',
  platform: 'linux',
  loadAverage: [0.5, 0.5, 0.5],
};
const idle = { loadBefore: 0.5, cores: 2 };
const ratioFigure: Figure = {
  key: 'r',
  label: 'app / peer',
  unit: '×',
  budget: { max: 1.5 },
  measure: () => Promise.reject(new Error('not run')),
};
const absoluteFigure: Figure = { key: 'abs', label: 'bytes', unit: 'bytes', measure: ratioFigure.measure };

describe('bench report', () => {
  it('marks the machine busy only when the load average exceeds the core count', () => {
    expect(isBusy([2, 9, 9], 2)).toBe(false);
    expect(isBusy([2.01, 0, 0], 2)).toBe(true);
  });

  it('keeps both sides’ absolutes beside a ratio and checks the budget against the median ratio', () => {
    const outcome = fromPaired(
      { a: [12, 30, 14], b: [10, 10, 10] },
      { label: 'app', unit: 'ms' },
      { label: 'peer', unit: 'ms' },
      'n',
    );
    const entry = toEntry(ratioFigure, outcome, idle);
    expect(entry.value).toBeCloseTo(1.4);
    expect(entry.pass).toBe(true);
    expect(entry.sides?.map((s) => [s.label, s.median])).toEqual([
      ['app', 14],
      ['peer', 10],
    ]);
  });

  it('marks a figure noisy when the load before it exceeded the cores, without changing pass or fail', () => {
    const entry = toEntry(ratioFigure, fromSamples([2], 'n'), { loadBefore: 3, cores: 2 });
    expect(entry).toMatchObject({ noisy: true, pass: false });
  });

  it('lists ratios first in the table and fails the run on an error or a missed budget', () => {
    const report: BenchReport = {
      machine,
      loadAverageAfter: [0, 0, 0],
      startedAt: 'now',
      figures: {
        abs: toEntry(absoluteFigure, fromSamples([1], 'n'), idle),
        r: toEntry(ratioFigure, fromSamples([2], 'n'), idle),
        broken: toEntry(absoluteFigure, { kind: 'error', note: 'boom' }, idle),
      },
    };
    const rows = renderMarkdown(report).split('\n').slice(2);
    expect(rows[0]).toContain('[r]');
    expect(rows[0]).toContain('FAIL');
    expect(failed(report)).toEqual(['r', 'broken']);
  });

  it('shows a chunk that does not exist yet as "not present", neither passing nor failing the run', () => {
    const entry = toEntry(ratioFigure, notPresent('no such file'), idle);
    expect(entry).toMatchObject({ value: null, pass: null, status: 'not present' });
  });
});
