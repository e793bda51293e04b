/**
 * `npm run bench`: runs the benchmark figures one after another (so they never compete for the
 * two cores), prints a table, writes the same as JSON, and exits 1 when a budget is missed.
 *   --json PATH       where to write the JSON report (default bench/latest.json)
 *   --only k1,k2      run just these figures (keys as in the JSON)
 *   --with-tests      also time a full `npm test` (minutes) instead of reading the last one
 *   --markdown        also print the table as Markdown (for README's Performance section)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FigureFailed, type Figure, type Outcome } from './figure';
import { allFigures } from './figures';
import { currentLoad, describeMachine, isBusy } from './machine';
import {
  failed,
  renderMarkdown,
  renderTable,
  toEntry,
  type BenchReport,
  type Failure,
  type FigureEntry,
} from './report';

const DEFAULT_JSON = resolve(import.meta.dirname, 'latest.json');

function selectFigures(figures: Figure[], only: string | undefined): Figure[] {
  if (only === undefined) return figures;
  const wanted = only
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  const known = new Set(figures.map((f) => f.key));
  const unknown = wanted.filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new Error(`unknown figure(s): ${unknown.join(', ')}. Known: ${[...known].join(', ')}`);
  }
  return figures.filter((f) => wanted.includes(f.key));
}

async function measureOne(figure: Figure, withTests: boolean): Promise<Outcome | Failure> {
  try {
    return await figure.measure({ withTests });
  } catch (error) {
    const stack =
      error instanceof FigureFailed ? error.message : error instanceof Error ? error.stack : undefined;
    const message = stack ?? (error instanceof Error ? error.message : String(error));
    return { kind: 'error', note: `measurement failed: ${message}` };
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'string', default: DEFAULT_JSON },
      only: { type: 'string' },
      'with-tests': { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const figures = selectFigures(allFigures(), values.only);
  const startedAt = new Date().toISOString();
  const machine = await describeMachine();
  const entries: Record<string, FigureEntry> = {};
  if (isBusy(machine.loadAverage, machine.cores)) {
    process.stderr.write(
      `bench: warning: load average ${machine.loadAverage.join(', ')} on ${machine.cores} cores; timing figures will be marked noisy\n`,
    );
  }
  for (const figure of figures) {
    const began = performance.now();
    const loadBefore = currentLoad()[0] ?? 0;
    process.stderr.write(`bench: ${figure.key} (load ${loadBefore}) …`);
    const outcome = await measureOne(figure, values['with-tests']);
    entries[figure.key] = toEntry(figure, outcome, { loadBefore, cores: machine.cores });
    process.stderr.write(` ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
  }
  const loadAverageAfter = currentLoad();
  const report: BenchReport = { machine, loadAverageAfter, startedAt, figures: entries };
  const jsonPath = resolve(values.json);
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\nUnknot benchmarks — ${startedAt}`);
  console.log(
    `machine: ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}, ${machine.platform}\n`,
  );
  console.log(
    `load average before ${machine.loadAverage.join(', ')}, after ${loadAverageAfter.join(', ')} (1, 5, 15 min)`,
  );
  if (isBusy(machine.loadAverage, machine.cores)) {
    console.log(
      `note: load average above ${machine.cores} (the core count) at the start: other work competed; figures run under such load are marked noisy\n`,
    );
  }
  console.log(renderTable(report));
  if (values.markdown) console.log(`\n${renderMarkdown(report)}`);
  console.log(`\nJSON written to ${jsonPath}`);
  const misses = failed(report);
  if (misses.length > 0) console.log(`FAILED: ${misses.join(', ')}`);
  return misses.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
