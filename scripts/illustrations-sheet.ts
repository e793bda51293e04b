/**
 * npm run illustrations:sheet — every key pose of every illustrated step, plus its still picture
 * (the reduced-motion one, with the arrow) and, for two-sided steps, the mirrored side, in the
 * dark and the light theme, as one PNG: test-results/illustrations/contact-sheet.png.
 * The real Figure.svelte is rendered (server-side, with its own styles) and photographed by
 * Chromium, so the sheet shows exactly what the app draws.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer } from 'vite';
import { CATALOG } from '../main/core/routine/catalog';
import { ILLUSTRATIONS } from '../main/core/routine/poses';
import { launchChromium } from '../tests/support/browser';

const root = resolve(import.meta.dirname, '..');
/**
 * Step ids to draw (all when none) and/or one theme, e.g. `npm run illustrations:sheet -- cat-cow
 * dark`: a smaller, larger-drawn sheet for working on a few poses.
 */
const args = process.argv.slice(2);
const schemes = (['dark', 'light'] as const).filter(
  (s) => !args.some((a) => a === 'dark' || a === 'light') || args.includes(s),
);
const only = args.filter((a) => a !== 'dark' && a !== 'light');
const cellPx = args.length === 0 ? 190 : 300;
const outDir = resolve(root, 'test-results/illustrations');

interface Cell {
  readonly caption: string;
  readonly props: Record<string, unknown>;
}

/** When each key pose is reached (renderer/figure/motion.ts, loaded through Vite for its `$core` alias). */
type KeyReached = typeof import('../renderer/figure/motion').keyReachedMs;

function cellsFor(stepId: string, keyReachedMs: KeyReached): Cell[] {
  const ill = ILLUSTRATIONS[stepId];
  const step = CATALOG.steps.find((s) => s.id === stepId);
  if (!ill || !step) return [];
  const durationMs = step.boundsSec.default * 1000;
  const base = { stepId, durationMs, twoSided: step.twoSided };
  const cells: Cell[] = ill.keys.map((_, i) => ({
    caption: `key ${i + 1}`,
    props: { ...base, elapsedMs: keyReachedMs(ill.keys, i), still: false },
  }));
  cells.push({ caption: 'still (reduced motion)', props: { ...base, elapsedMs: 0, still: true } });
  if (step.twoSided)
    cells.push({ caption: 'still, other side', props: { ...base, elapsedMs: durationMs / 2, still: true } });
  cells.push({ caption: 'thumbnail', props: { ...base, thumb: true } });
  return cells;
}

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const server = await createServer({
  root,
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  resolve: { alias: { $core: resolve(root, 'main/core') } },
  plugins: [svelte({ configFile: resolve(root, 'svelte.config.js'), compilerOptions: { css: 'injected' } })],
});
try {
  const { render } = (await server.ssrLoadModule('svelte/server')) as typeof import('svelte/server');
  const { keyReachedMs } = (await server.ssrLoadModule(
    '/renderer/figure/motion.ts',
  )) as typeof import('../renderer/figure/motion');
  const { default: Figure } = (await server.ssrLoadModule('/renderer/figure/Figure.svelte')) as {
    default: import('svelte').Component<Record<string, unknown>>;
  };
  const styles = new Set<string>();
  const rows = (scheme: 'dark' | 'light'): string =>
    Object.keys(ILLUSTRATIONS)
      .filter((id) => only.length === 0 || only.includes(id))
      .map((stepId) => {
        const title = CATALOG.steps.find((s) => s.id === stepId)?.title ?? stepId;
        const cells = cellsFor(stepId, keyReachedMs).map((cell) => {
          const out = render(Figure, { props: cell.props });
          styles.add(out.head);
          return `<div class="cell"><div class="pic">${out.body}</div><p>${escape(cell.caption)}</p></div>`;
        });
        return `<div class="row"><h2>${escape(title)} <small>(${scheme})</small></h2>${cells.join('')}</div>`;
      })
      .join('');
  const sections = schemes.map(
    (scheme) => `<section style="color-scheme: ${scheme}">${rows(scheme)}</section>`,
  );
  const baseCss = await readFile(resolve(root, 'renderer/styles/base.css'), 'utf8');
  const html = `<!doctype html><html><head><style>${baseCss}
    body { display: flex; gap: 0; }
    section { padding: 12px; background: var(--bg); color: var(--text); }
    .row { display: flex; align-items: flex-end; gap: 8px; border-bottom: 1px solid var(--border); padding: 6px 0; }
    h2 { width: 130px; font-size: 14px; margin: 0; align-self: center; }
    .cell { width: ${cellPx}px; text-align: center; font-size: 12px; }
    .cell p { margin: 0; color: var(--muted); }
    .pic { display: flex; justify-content: center; align-items: center; min-height: ${cellPx * 0.8}px; }
    .pic > .figure { width: ${cellPx}px; }
    </style>${[...styles].join('')}</head><body>
${sections.join('')}</body></html>`;
  await mkdir(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const columns = Math.max(...Object.keys(ILLUSTRATIONS).map((id) => cellsFor(id, keyReachedMs).length));
    const width = schemes.length * (170 + columns * (cellPx + 8));
    const page = await browser.newPage({ viewport: { width, height: 600 } });
    await page.setContent(html);
    const path = resolve(
      outDir,
      only.length === 0 ? 'contact-sheet.png' : `contact-sheet-${args.join('+')}.png`,
    );
    await page.screenshot({ path, fullPage: true });
    console.log(`Wrote ${path}`);
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
