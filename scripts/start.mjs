// `npm start` / `npm run dev`: make sure Electron's runtime is present, then run electron-vite.
// Electron >= 42 downloads its runtime on the first require('electron'); electron-vite never
// requires it, so without this step a fresh `npm install && npm start` stops at "Electron
// uninstall". ELECTRON_OVERRIDE_DIST_PATH (an unpacked runtime, for offline machines) is honoured
// by the electron package itself.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const dev = process.argv[2] === 'dev';
const command = dev ? 'dev' : 'preview';
// Anything else (e.g. `npm start -- --user-data-dir=DIR`) is for Electron: electron-vite passes on
// what follows its own `--`.
const electronArgs = process.argv.slice(dev ? 3 : 2);
let executable;
try {
  executable = createRequire(import.meta.url)('electron');
} catch {
  executable = undefined;
}
if (typeof executable !== 'string' || !existsSync(executable)) {
  console.error(
    "Unknot: Electron's runtime is not installed and could not be downloaded (it needs the internet on first run). " +
      'Connect and run `npm start` again, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 runtime.',
  );
  process.exit(1);
}
const child = spawn(
  'npx',
  ['electron-vite', command, ...(electronArgs.length > 0 ? ['--', ...electronArgs] : [])],
  {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: executable },
  },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
