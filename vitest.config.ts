import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // renderer/lib reaches the shared core through `$core/…`, as in tsconfig.base.json.
  resolve: { alias: { $core: resolve(import.meta.dirname, 'main/core') } },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    pool: 'threads',
    // A guard against a hung test, not a speed check (speed is npm run bench's): fast-check
    // properties take seconds on a loaded 2-core machine.
    testTimeout: 30_000,
    // Off unless asked (`npm test` asks): scripts/coverage-report.mjs merges it with the e2e run's.
    coverage: {
      provider: 'v8',
      include: ['main/**/*.ts', 'renderer/**/*.ts'],
      reporter: ['json'],
      // A failing test must not also hide the coverage figures.
      reportOnFailure: true,
    },
  },
});
