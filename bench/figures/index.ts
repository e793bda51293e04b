/**
 * Every figure, in the order they run and are listed. The CPU-sensitive ones (throughput, idle
 * cost) run first, before builds and browsers have loaded the machine: the 1-, 5- and 15-minute
 * load averages include the bench's own earlier work.
 */
import type { Figure } from '../figure';
import { createColdStartFigures } from './cold-start';
import { historyRenderFigure } from './history-render';
import { idleCpuFigure } from './idle-cpu';
import { idleWakeupsFigure } from './idle-wakeups';
import { createNextReminderFigures } from './next-reminder';
import { rendererGzipFigure } from './renderer-gzip';
import { createSettingsSaveFigures } from './settings-save';
import { stepBoundaryFigure } from './step-boundary';
import { testSuiteFigure } from './test-suite';

export function allFigures(): Figure[] {
  return [
    ...createNextReminderFigures(),
    idleWakeupsFigure,
    idleCpuFigure,
    ...createSettingsSaveFigures(),
    rendererGzipFigure,
    ...createColdStartFigures(),
    stepBoundaryFigure,
    historyRenderFigure,
    testSuiteFigure,
  ];
}
