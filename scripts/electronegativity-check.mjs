// `npm test` step "security (electronegativity)": Doyensec's Electron security linter over the
// app's own sources (main/, renderer/, package.json), as a gate. Electronegativity itself exits 0
// whatever it finds, so this script decides: any finding of MEDIUM severity or higher fails, unless
// the line carries `// eng-disable CHECK_ID: why` (Electronegativity's own inline silencing, plus a
// reason we require). A silencing comment without a reason, naming an unknown check, or silencing
// nothing (stale) fails too. Offline and quick: no network, one process, about two seconds.
//
// Why the sources and not out/: the bundler strips comments, so a reasoned eng-disable could not
// travel with the code it excuses, and out/ holds the same code. Svelte components are scanned as
// HTML (their markup: <webview>, remote URLs); their <script> blocks use the same bridge as the .ts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOL_DIR = dirname(require.resolve('@doyensec/electronegativity/package.json'));

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
export const FAIL_AT = 'MEDIUM';
/** Fetches Electron's release list from GitHub; Electron's currency is pinned in package.json instead. */
export const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const MIN_REASON = 10;
const SCANNED = /\.(ts|js|mjs|cjs|html|svelte)$|(^|\/)package\.json$/;
const SILENCE =
  /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([A-Za-z0-9_, \t]*?)[ \t]*(?::[ \t]*(.*?))?[ \t]*(?:\*\/|-->|$)/;

/** Every `eng-disable` comment in a file: which checks it names and the reason given. */
export function parseSuppressions(file, text) {
  const found = [];
  text.split('\n').forEach((lineText, index) => {
    if (!lineText.includes('eng-disable')) return;
    const match = SILENCE.exec(lineText);
    const checks = (match?.[1] ?? '').split(/[\s,]+/).filter(Boolean);
    found.push({ file, line: index + 1, checks, reason: (match?.[2] ?? '').trim() });
  });
  return found;
}

/** The check ids Electronegativity knows (so a typo cannot silence nothing quietly). */
export function knownCheckIds() {
  const ids = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/this\.id = "([A-Z0-9_]+)"/g)) ids.add(m[1]);
      }
    }
  };
  walk(join(TOOL_DIR, 'dist/finder/checks'));
  return ids;
}

/** Copies the scanned files to a temp dir; `neutralise` turns every eng-disable off (same length). */
function stage(root, sources, neutralise) {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-eng-'));
  const files = [];
  const entries = sources.flatMap((source) => {
    const path = join(root, source);
    try {
      return readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(root, join(e.parentPath, e.name)));
    } catch {
      return [source];
    }
  });
  for (const file of entries.map((f) => f.split('\\').join('/')).filter((f) => SCANNED.test(f))) {
    const text = readFileSync(join(root, file), 'utf8');
    const target = join(dir, file.endsWith('.svelte') ? `${file}.html` : file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, neutralise ? text.replaceAll('eng-disable', 'eng-disab1e') : text);
    files.push({ file, text });
  }
  return { dir, files };
}

let offline = false;
/** Electronegativity fetches translations and release data with `got`; answer "not found" instead. */
function goOffline() {
  if (offline) return;
  const gotPath = require.resolve('got', { paths: [TOOL_DIR] });
  const notFound = async () => ({ statusCode: 404, body: '{}', headers: {} });
  notFound.head = notFound;
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: notFound };
  offline = true;
}

async function runTool(dir, electronVersion) {
  goOffline();
  const run = require('@doyensec/electronegativity');
  const result = await run({
    input: dir,
    isRelative: true,
    customScan: [],
    excludeFromScan: NETWORK_CHECKS.map((c) => c.toLowerCase()),
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  const fromStage = (file) => (file.endsWith('.svelte.html') ? file.slice(0, -'.html'.length) : file);
  return {
    checks: result.atomicChecks + result.globalChecks,
    errors: result.errors.map((e) => ({ ...e, file: fromStage(relative(dir, e.file)) })),
    issues: result.issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: fromStage(i.file),
      line: i.location.line,
      description: i.description,
    })),
  };
}

const key = (issue) => `${issue.id} ${issue.file}:${issue.line}`;
const gates = (issue) => SEVERITIES.indexOf(issue.severity) >= SEVERITIES.indexOf(FAIL_AT);

/**
 * Scans `sources` (paths relative to `root`) twice: as written, and with every eng-disable turned
 * off, so we know exactly what each comment silenced. Returns the verdict; prints nothing.
 */
export async function check({
  root = REPO,
  sources = ['main', 'renderer', 'package.json'],
  electronVersion,
}) {
  const started = Date.now();
  const asWritten = stage(root, sources, false);
  const unsilenced = stage(root, sources, true);
  try {
    const report = await runTool(asWritten.dir, electronVersion);
    const raw = await runTool(unsilenced.dir, electronVersion);
    const known = knownCheckIds();
    const suppressions = asWritten.files.flatMap(({ file, text }) => parseSuppressions(file, text));
    const reported = new Set(report.issues.map(key));
    const silenced = raw.issues
      .filter((issue) => !reported.has(key(issue)))
      .map((issue) => ({
        ...issue,
        suppression: suppressions.find((s) => s.file === issue.file && s.line === issue.line),
      }));

    const failures = [];
    for (const issue of report.issues.filter(gates)) {
      failures.push(`${issue.severity} ${key(issue)}: ${issue.description}`);
    }
    for (const s of suppressions) {
      const where = `${s.file}:${s.line}`;
      if (s.checks.length === 0) failures.push(`${where}: eng-disable names no check`);
      for (const id of s.checks.filter((c) => !known.has(c))) failures.push(`${where}: unknown check ${id}`);
      if (s.reason.length < MIN_REASON)
        failures.push(`${where}: eng-disable needs a reason ("// eng-disable CHECK_ID: why")`);
      const used = silenced.some((i) => i.suppression === s);
      if (!used)
        failures.push(`${where}: eng-disable ${s.checks.join(' ')} silences nothing here; remove it`);
    }
    for (const error of report.errors.filter((e) => !e.tolerable))
      failures.push(`could not parse ${error.file}: ${error.message}`);
    if (asWritten.files.length === 0 || report.checks === 0) failures.push('nothing was scanned');

    return {
      files: asWritten.files.length,
      checks: report.checks,
      findings: report.issues,
      silenced,
      warnings: report.errors.filter((e) => e.tolerable),
      failures,
      ms: Date.now() - started,
    };
  } finally {
    rmSync(asWritten.dir, { recursive: true, force: true });
    rmSync(unsilenced.dir, { recursive: true, force: true });
  }
}

async function main() {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const toolVersion = JSON.parse(readFileSync(join(TOOL_DIR, 'package.json'), 'utf8')).version;
  const result = await check({ electronVersion });
  console.log(
    `electronegativity ${toolVersion} as Electron ${electronVersion}: ${result.checks} checks over ${result.files} files ` +
      `(main/, renderer/, package.json) in ${(result.ms / 1000).toFixed(1)} s; not run (needs the network): ${NETWORK_CHECKS.join(', ')}`,
  );
  console.log(`findings: ${result.findings.length} (a finding at ${FAIL_AT} or above fails)`);
  for (const f of result.findings) console.log(`  ${f.severity.padEnd(13)} ${key(f)} — ${f.description}`);
  console.log(`silenced in the code: ${result.silenced.length}`);
  for (const s of result.silenced)
    console.log(`  ${s.severity.padEnd(13)} ${key(s)} — ${s.suppression?.reason ?? '(no reason)'}`);
  for (const w of result.warnings) console.log(`  warning: ${w.file}: ${w.message}`);
  for (const failure of result.failures) console.error(`FAIL ${failure}`);
  console.log(
    result.failures.length === 0
      ? 'electronegativity: OK'
      : `electronegativity: ${result.failures.length} problem(s)`,
  );
  process.exitCode = result.failures.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
