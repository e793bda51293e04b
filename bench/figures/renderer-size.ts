/**
 * What the renderer costs to load, per view: the JS + CSS a window has to fetch and parse, gzipped
 * (level 9, file by file). A view's initial files are the ones its window actually requested
 * until it was ready (capture loads, bench/chromium/capture.ts), so the figure follows however the
 * bundle is split. Files named like /figure/ (the step illustrations, loaded lazily) have their
 * own budget and are not counted in a view's initial bytes.
 */
import { gzipSync } from 'node:zlib';
import type { FolderContents } from '../../tests/support/serve-folder';
import type { Capture, PageSpec } from '../chromium/capture';
import { fromSamples, notPresent, type Figure, type Outcome } from '../figure';
import type { RendererBuild } from '../support/shared-build';
import { OTHER_VIEWS, ROUTINE_VIEW, ROUTINE_VIEW_IN } from './views';

const KIB = 1024;
export const FIGURE_CHUNK = /figure/i;

export function isCode(path: string): boolean {
  return path.endsWith('.js') || path.endsWith('.css');
}

export function gzippedSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Gzipped bytes of each listed file, summed; every file must be in the build. */
export function gzippedTotal(files: FolderContents, paths: readonly string[]): number {
  let total = 0;
  for (const path of new Set(paths)) {
    const bytes = files.get(path);
    if (bytes === undefined) throw new Error(`${path} is not in the build`);
    total += gzippedSize(bytes);
  }
  return total;
}

/** The JS and CSS a view requested until it was ready, without the lazily loaded figure chunk(s). */
export function initialCode(capture: Capture): string[] {
  return [...new Set(capture.requested.filter((path) => isCode(path) && !FIGURE_CHUNK.test(path)))].sort();
}

const list = (paths: readonly string[]): string => (paths.length === 0 ? 'none' : paths.join(', '));
const DETERMINISTIC =
  'one production build (electron-vite build), gzip level 9 per file; deterministic, so one run';

interface Inputs {
  readonly files: FolderContents;
  readonly captures: ReadonlyMap<string, Capture>;
}

function captured(inputs: Inputs, view: PageSpec): Capture {
  const capture = inputs.captures.get(view.name);
  if (!capture) throw new Error(`the ${view.name} view was not captured`);
  return capture;
}

function routineOutcome(inputs: Inputs, view: PageSpec = ROUTINE_VIEW): Outcome {
  const paths = initialCode(captured(inputs, view));
  if (paths.length === 0)
    throw new Error('the routine view requested no JS or CSS: did the build change shape?');
  return fromSamples(
    [gzippedTotal(inputs.files, paths)],
    `${DETERMINISTIC}; the files ${view.path} (${view.name}) requested until its first step was shown: ${list(paths)}`,
  );
}

function ownOutcome(inputs: Inputs, view: PageSpec): Outcome {
  const routine = new Set(initialCode(captured(inputs, ROUTINE_VIEW)));
  const all = initialCode(captured(inputs, view));
  const own = all.filter((path) => !routine.has(path));
  return fromSamples(
    [own.length === 0 ? 0 : gzippedTotal(inputs.files, own)],
    `${DETERMINISTIC}; files ${view.path} requested until ready that the routine view does not load: ${list(own)}; ` +
      `its whole initial JS + CSS is ${gzippedTotal(inputs.files, all).toLocaleString('en')} bytes`,
  );
}

function codeFiles(files: FolderContents): string[] {
  return [...files.keys()].filter(isCode).sort();
}

function figureChunkOutcome(inputs: Inputs): Outcome {
  const chunks = codeFiles(inputs.files).filter((path) => FIGURE_CHUNK.test(path));
  if (chunks.length === 0) return notPresent('no file in the build matches /figure/i');
  return fromSamples([gzippedTotal(inputs.files, chunks)], `${DETERMINISTIC}; summed over ${list(chunks)}`);
}

function wholeOutcome(inputs: Inputs): Outcome {
  const paths = codeFiles(inputs.files);
  return fromSamples(
    [gzippedTotal(inputs.files, paths)],
    `${DETERMINISTIC}; every JS and CSS file: ${list(paths)}`,
  );
}

export function createRendererSizeFigures(
  build: RendererBuild,
  captures: () => Promise<ReadonlyMap<string, Capture>>,
): Figure[] {
  const inputs = async (): Promise<Inputs> => ({ files: await build(), captures: await captures() });
  return [
    {
      key: 'routineViewGzipBytes',
      label: 'Routine view initial JS + CSS, gzipped',
      unit: 'bytes',
      budget: { max: 40 * KIB },
      measure: async () => routineOutcome(await inputs()),
    },
    // Only the active language's catalogs load: each language is held to the same budget.
    ...ROUTINE_VIEW_IN.map((view): Figure => ({
      key: `routineViewGzipBytes_${view.language}`,
      label: `Routine view initial JS + CSS in ${view.language}, gzipped`,
      unit: 'bytes',
      budget: { max: 40 * KIB },
      measure: async () => routineOutcome(await inputs(), view),
    })),
    ...OTHER_VIEWS.map((view): Figure => ({
      key: `${view.name}ViewOwnGzipBytes`,
      label: `${view.name[0]?.toUpperCase() ?? ''}${view.name.slice(1)} view's own JS + CSS (not loaded by the routine view), gzipped`,
      unit: 'bytes',
      measure: async () => ownOutcome(await inputs(), view),
    })),
    {
      key: 'figureChunkGzipBytes',
      label: 'Step illustrations chunk(s) (/figure/i), gzipped',
      unit: 'bytes',
      budget: { max: 15 * KIB },
      measure: async () => figureChunkOutcome(await inputs()),
    },
    {
      key: 'rendererGzipBytes',
      label: 'Whole renderer JS + CSS, gzipped',
      unit: 'bytes',
      measure: async () => wholeOutcome(await inputs()),
    },
  ];
}
