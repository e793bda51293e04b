/**
 * Every figure, in the order they run (the table lists ratios first). The CPU-sensitive ones
 * (throughput, idle cost) run first, before builds and browsers have loaded the machine: the 1-,
 * 5- and 15-minute load averages include the bench's own earlier work. The renderer is built once
 * and each view captured once for all the figures that need them.
 */
import { capturePages } from '../chromium/capture';
import { sharedMeasurement, type Figure } from '../figure';
import { createSharedBuild } from '../support/shared-build';
import { createColdStartFigures } from './cold-start';
import { createHistoryFigures } from './history-open';
import { idleCpuFigure } from './idle-cpu';
import { idleHeapFigure } from './idle-heap';
import { idleWakeupsFigure, idleWakeupsNudgesOffFigure, idleWakeupsNudgesOnFigure } from './idle-wakeups';
import { createIpcHostileFigures } from './ipc-hostile';
import { createNextReminderFigures } from './next-reminder';
import { createRendererSizeFigures } from './renderer-size';
import { createReportFigures } from './report-open';
import { createRoutineHeapFigures } from './routine-heap';
import { createSettingsSaveFigures } from './settings-save';
import { stepBoundaryFigure } from './step-boundary';
import { testSuiteFigure } from './test-suite';
import { OTHER_VIEWS, ROUTINE_VIEW, ROUTINE_VIEW_IN } from './views';

export function allFigures(): Figure[] {
  const build = createSharedBuild();
  const views = sharedMeasurement(async () =>
    capturePages(await build(), [ROUTINE_VIEW, ...ROUTINE_VIEW_IN, ...OTHER_VIEWS]),
  );
  return [
    ...createNextReminderFigures(),
    idleWakeupsFigure,
    idleWakeupsNudgesOnFigure,
    idleWakeupsNudgesOffFigure,
    idleCpuFigure,
    idleHeapFigure,
    ...createIpcHostileFigures(),
    ...createSettingsSaveFigures(),
    ...createRendererSizeFigures(build, views),
    ...createColdStartFigures(build, views),
    stepBoundaryFigure(build),
    ...createRoutineHeapFigures(build),
    ...createHistoryFigures(build),
    ...createReportFigures(build),
    testSuiteFigure,
  ];
}
