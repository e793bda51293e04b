/** Every figure, in the order the report lists them (cheap and deterministic first). */
import type { Figure } from '../figure';
import { createColdStartFigures } from './cold-start';
import { historyRenderFigure } from './history-render';
import { idleCpuFigure } from './idle-cpu';
import { idleWakeupsFigure } from './idle-wakeups';
import { nextReminderFigure } from './next-reminder';
import { rendererGzipFigure } from './renderer-gzip';
import { createSettingsSaveFigures } from './settings-save';
import { stepBoundaryFigure } from './step-boundary';
import { testSuiteFigure } from './test-suite';

export function allFigures(): Figure[] {
  return [
    rendererGzipFigure,
    ...createColdStartFigures(),
    stepBoundaryFigure,
    idleWakeupsFigure,
    idleCpuFigure,
    nextReminderFigure,
    ...createSettingsSaveFigures(),
    historyRenderFigure,
    testSuiteFigure,
  ];
}
