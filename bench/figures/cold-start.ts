/**
 * rendererColdStartMs, baselineColdStartMs, coldStartRatio: how long a fresh routine window takes
 * from navigation to its first step being shown and interactive, against a minimal Svelte 5 page
 * with the same start-screen-then-step shape, built the same way. Both sides are loaded
 * alternately in one browser in the same run and the ratio is taken run by run, so the machine's
 * state affects both alike. The renderer runs against the real composed app through the test
 * IPC bridge (tests/support/renderer-bridge.ts).
 */
import { prepareRendererContext } from '../../tests/support/renderer-bridge';
import { readFolder } from '../../tests/support/serve-folder';
import { measureColdStarts, type ColdStartPage } from '../chromium/cold-start';
import type { ProbeTarget } from '../chromium/first-shown-script';
import { fromSamples, sharedMeasurement, type Figure, type Outcome } from '../figure';
import { buildBaseline } from '../support/build-baseline';
import { buildProduction } from '../support/production-build';
import { withTempDir } from '../support/temp-dir';

/** The routine's first step, and the baseline page's stand-in for it. */
export const ROUTINE_STEP_SELECTOR = '[data-testid="routine-step"]';
/** Both pages open on a start screen; the probe presses Start as soon as it can be pressed. */
const TARGET: ProbeTarget = { selector: ROUTINE_STEP_SELECTOR, clickFirst: '[data-testid="routine-start"]' };
const RUNS = 10;

interface Session {
  readonly renderer: readonly number[];
  readonly baseline: readonly number[];
}

async function measureSession(): Promise<Session> {
  const pages = await withTempDir('cold-start', async (dir): Promise<ColdStartPage[]> => {
    await buildBaseline(`${dir}/baseline`);
    const app = await buildProduction(`${dir}/app`);
    return [
      {
        name: 'renderer',
        files: await readFolder(app),
        path: 'index.html?view=routine',
        target: TARGET,
        prepare: prepareRendererContext,
      },
      { name: 'baseline', files: await readFolder(`${dir}/baseline`), path: 'index.html', target: TARGET },
    ];
  });
  const times = await measureColdStarts(pages, RUNS);
  return { renderer: times.get('renderer') ?? [], baseline: times.get('baseline') ?? [] };
}

const NOTE =
  `median of ${RUNS} loads, each in a fresh browser context, after one untimed warm-up load; ` +
  `navigation start to ${ROUTINE_STEP_SELECTOR} first shown and interactive, Start pressed by the page probe the moment it could be`;

function rendererSide(session: Session): Outcome {
  return fromSamples(session.renderer, `${NOTE}; loaded alternately with the baseline`);
}

function baselineSide(session: Session): Outcome {
  return fromSamples(session.baseline, `${NOTE}; bench/baseline built with the renderer's vite settings`);
}

function ratio(session: Session): Outcome {
  const ratios = session.renderer.map((ms, i) => ms / (session.baseline[i] ?? Number.NaN));
  return fromSamples(
    ratios,
    `median of ${RUNS} per-run ratios renderer/baseline, the two loaded alternately in the same run`,
  );
}

export function createColdStartFigures(): Figure[] {
  const session = sharedMeasurement(measureSession);
  return [
    {
      key: 'rendererColdStartMs',
      label: 'Renderer cold start to first routine step',
      unit: 'ms',
      measure: async () => rendererSide(await session()),
    },
    {
      key: 'baselineColdStartMs',
      label: 'Minimal Svelte 5 page cold start (same run)',
      unit: 'ms',
      measure: async () => baselineSide(await session()),
    },
    {
      key: 'coldStartRatio',
      label: 'Cold start, renderer / baseline',
      unit: '×',
      budget: { max: 1.5 },
      measure: async () => ratio(await session()),
    },
  ];
}
