/**
 * Capture loads: each page opened once against the real composed app with every IPC exchange
 * recorded (replay-bridge.ts), and the files it requested until its target was shown. The
 * exchanges feed the replay bridge of timed loads; the requested files say what a view loads.
 */
import { launchChromium } from '../../tests/support/browser';
import type { FolderContents } from '../../tests/support/serve-folder';
import { loadOnce } from './cold-start';
import type { ProbeTarget } from './first-shown-script';
import { recordingSetup, type Exchange } from './replay-bridge';

export interface PageSpec {
  readonly name: string;
  /** Path and query to open, e.g. "index.html?view=routine". */
  readonly path: string;
  readonly target: ProbeTarget;
  /** The profile the app reads (settings, history); a fresh temp one when omitted. */
  readonly userDataDir?: string;
  /** The system's preferred languages the app sees (the "System" language); English (US) when omitted. */
  readonly preferredLanguages?: readonly string[];
}

export interface Capture {
  readonly exchanges: readonly Exchange[];
  readonly requested: readonly string[];
}

export async function capturePages(
  files: FolderContents,
  specs: readonly PageSpec[],
): Promise<Map<string, Capture>> {
  const browser = await launchChromium();
  try {
    const captures = new Map<string, Capture>();
    for (const spec of specs) {
      const exchanges: Exchange[] = [];
      const options = {
        ...(spec.userDataDir === undefined ? {} : { userDataDir: spec.userDataDir }),
        ...(spec.preferredLanguages === undefined ? {} : { preferredLanguages: spec.preferredLanguages }),
      };
      const { requested } = await loadOnce(browser, {
        name: spec.name,
        files,
        path: spec.path,
        target: spec.target,
        serving: 'interception',
        prepare: recordingSetup(exchanges, options),
      });
      captures.set(spec.name, { exchanges, requested });
    }
    return captures;
  } finally {
    await browser.close();
  }
}
