/**
 * The e2e suite's Chromium launcher, reused rather than copied. tests/e2e/ belongs to another
 * composite TypeScript project, which the bench's project may not import statically (TS6307), so
 * it is loaded at run time and its shape checked. If browser.ts moves to tests/support/ (which
 * both projects include), this becomes a plain import.
 */
import type { Browser } from '@playwright/test';

const E2E_BROWSER_MODULE = new URL('../../tests/e2e/browser.ts', import.meta.url).href;

export interface E2eBrowser {
  /** CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own build. */
  findChromium(): string;
  /** Headless, with the suite's closed-network flags (plus any given). */
  launchChromium(extraArgs?: readonly string[]): Promise<Browser>;
}

export async function loadE2eBrowser(): Promise<E2eBrowser> {
  const module = (await import(E2E_BROWSER_MODULE)) as Partial<E2eBrowser>;
  const { findChromium, launchChromium } = module;
  if (typeof findChromium !== 'function' || typeof launchChromium !== 'function') {
    throw new Error(`${E2E_BROWSER_MODULE} no longer exports findChromium() and launchChromium()`);
  }
  return { findChromium, launchChromium };
}
