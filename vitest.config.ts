import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    pool: 'threads',
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
