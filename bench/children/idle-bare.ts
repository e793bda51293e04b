/**
 * Child process for idleCpuRatio's baseline: a Node process that loads nothing and waits, measured
 * exactly as the app's idle child is (idle-window.ts), so the ratio shows what the app adds.
 * argv: <idle ms> <settle ms>   stdout: one JSON line { cpuMs, userMs, systemMs, wallMs }
 */
import { idleArgs, measureIdleWindow } from './idle-window';

const { idleMs, settleMs } = idleArgs(process.argv.slice(2));
process.stdout.write(`${JSON.stringify(await measureIdleWindow(idleMs, settleMs))}\n`);
