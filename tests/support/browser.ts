import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own build, else a clear failure. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium', safePlaywrightPath()];
  const found = candidates.find(
    (path): path is string => typeof path === 'string' && path !== '' && existsSync(path),
  );
  if (!found) {
    throw new Error(
      'No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a closed network: no background fetches, no first-run UI, no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}
