/**
 * coldStartRatio: how long a fresh routine window takes from navigation to its first step being
 * shown and interactive, against a minimal Svelte 5 page of the same start-screen-then-step shape
 * built the same way (bench/baseline). The renderer answers IPC from an in-page bridge replaying
 * the real handlers' results (bench/chromium/replay-bridge.ts), so IPC costs about what it costs
 * in Electron, and its files come from a loopback HTTP server (about what Electron's app:// handler
 * costs per file). coldStartHarnessRatio keeps the old figure beside it: the same renderer with the
 * composed app behind the test harness's bridge, one Playwright round trip per request and per file.
 * All three pages load in turn, in alternating order, in one browser in the same run, and each
 * ratio is taken run by run.
 */
import { prepareRendererContext } from '../../tests/support/renderer-bridge';
import { readFolder } from '../../tests/support/serve-folder';
import type { Capture } from '../chromium/capture';
import { measureColdStarts, type ColdStartPage } from '../chromium/cold-start';
import { repeatedRequests, replaySetup } from '../chromium/replay-bridge';
import { FigureFailed, fromPaired, sharedMeasurement, type Figure } from '../figure';
import { median } from '../stats';
import { buildBaseline } from '../support/build-baseline';
import type { RendererBuild } from '../support/shared-build';
import { withTempDir } from '../support/temp-dir';
import { ROUTINE_STEP_SELECTOR, ROUTINE_VIEW } from './views';

const RUNS = 12;

async function measureSession(build: RendererBuild, captures: () => Promise<ReadonlyMap<string, Capture>>) {
  const files = await build();
  const routine = (await captures()).get(ROUTINE_VIEW.name);
  if (!routine) throw new Error('the routine view was not captured');
  // A second identical request before the first step is a wait the window need not have.
  const repeated = repeatedRequests(routine.exchanges);
  if (repeated.length > 0)
    throw new FigureFailed(
      `the routine window asked twice for the same answer before its first step: ${repeated.join(', ')}`,
    );
  const baseline = await withTempDir('baseline', async (dir) => {
    await buildBaseline(dir);
    return readFolder(dir);
  });
  const page = { files, path: ROUTINE_VIEW.path, target: ROUTINE_VIEW.target };
  // measureColdStarts reverses the order every other run: with the budgeted pair in the middle
  // and at one end, the renderer and its baseline are always loaded back to back.
  const pages: ColdStartPage[] = [
    { ...page, name: 'harness', serving: 'interception', prepare: prepareRendererContext },
    { ...page, name: 'replay', prepare: replaySetup(routine.exchanges) },
    { name: 'baseline', files: baseline, path: 'index.html', target: ROUTINE_VIEW.target },
  ];
  const loads = await measureColdStarts(pages, RUNS);
  const side = (name: string) => (loads.get(name) ?? []).map((load) => load.shownAt);
  const cpu = (name: string) => (loads.get(name) ?? []).map((load) => load.mainThreadCpuMs);
  const phases = (name: string): Phases => {
    const clicked = (loads.get(name) ?? []).flatMap((load) =>
      load.clickedAt === null ? [] : [{ clickedAt: load.clickedAt, shownAt: load.shownAt }],
    );
    if (clicked.length === 0) throw new Error(`${name}: the probe never pressed Start`);
    return {
      startReady: median(clicked.map((l) => l.clickedAt)),
      stepAfterClick: median(clicked.map((l) => l.shownAt - l.clickedAt)),
    };
  };
  return {
    phases: { replay: phases('replay'), baseline: phases('baseline') },
    replay: side('replay'),
    harness: side('harness'),
    baseline: side('baseline'),
    replayCpu: cpu('replay'),
    baselineCpu: cpu('baseline'),
    requests: routine.exchanges.length,
  };
}

/** Medians of where a load's time went: until Start could be pressed, and from the press to the step. */
interface Phases {
  readonly startReady: number;
  readonly stepAfterClick: number;
}

function phaseNote(p: { replay: Phases; baseline: Phases }): string {
  const ms = (n: number): string => `${n.toFixed(0)} ms`;
  return (
    `where the time goes (medians): Start pressable at ${ms(p.replay.startReady)} (minimal page ${ms(p.baseline.startReady)}), ` +
    `first step shown ${ms(p.replay.stepAfterClick)} after the press (minimal page ${ms(p.baseline.stepAfterClick)})`
  );
}

/** The two sides' fastest loads, divided: what each costs when nothing else got in its way. */
function fastestRatio(a: readonly number[], b: readonly number[]): string {
  return `ratio of the fastest loads ${(Math.min(...a) / Math.min(...b)).toFixed(2)}×`;
}

const HOW =
  `median of ${RUNS} per-run ratios; each load in a fresh browser context after one untimed warm-up load per page; ` +
  `files from a loopback HTTP server (the harness line: Playwright request interception); ` +
  `navigation start to ${ROUTINE_STEP_SELECTOR} first shown and interactive, Start pressed by the page probe the moment it could be; ` +
  `the three pages loaded in turn as harness, replay, baseline and reversed every other run, so the replay renderer and the baseline are always back to back; bench/baseline built with the renderer's vite settings`;

export function createColdStartFigures(
  build: RendererBuild,
  captures: () => Promise<ReadonlyMap<string, Capture>>,
): Figure[] {
  const session = sharedMeasurement(() => measureSession(build, captures));
  const baselineSide = { label: 'minimal Svelte page', unit: 'ms' };
  return [
    {
      key: 'coldStartRatio',
      label: 'Cold start to first routine step, renderer (in-page IPC) / minimal Svelte page',
      unit: '×',
      budget: { max: 1.3 },
      async measure() {
        const s = await session();
        return fromPaired(
          { a: s.replay, b: s.baseline },
          { label: 'renderer', unit: 'ms' },
          baselineSide,
          `${HOW}; ${fastestRatio(s.replay, s.baseline)}; ${phaseNote(s.phases)}; the renderer's ${s.requests} IPC request(s) answered in the page from the real handlers' results captured ` +
            'beforehand (structured clone + one task hop, as an Electron IPC reply)',
        );
      },
    },
    {
      key: 'coldStartCpuRatio',
      label: 'Cold start, main-thread CPU time, renderer (in-page IPC) / minimal Svelte page',
      unit: '×',
      async measure() {
        const s = await session();
        return fromPaired(
          { a: s.replayCpu, b: s.baselineCpu },
          { label: 'renderer', unit: 'ms CPU' },
          { label: 'minimal Svelte page', unit: 'ms CPU' },
          `the same loads as coldStartRatio, counting the page's main-thread CPU time from navigation to the first step ` +
            "(Chromium's TaskDuration in thread ticks, over CDP): the work the page does, which load on the machine stretches " +
            'in wall time but does not add to; compiling on background threads and waiting for files are not in it',
        );
      },
    },
    {
      key: 'coldStartHarnessRatio',
      label: 'Cold start, renderer (test-harness IPC) / minimal Svelte page',
      unit: '×',
      async measure() {
        const s = await session();
        return fromPaired(
          { a: s.harness, b: s.baseline },
          { label: 'renderer', unit: 'ms' },
          baselineSide,
          `${HOW}; ${fastestRatio(s.harness, s.baseline)}; the renderer against the real composed app through the e2e harness's bridge (a Playwright round trip per ` +
            'request, 35–60 ms here): this measures the harness as much as the renderer',
        );
      },
    },
  ];
}
