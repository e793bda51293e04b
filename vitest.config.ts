import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // renderer/lib reaches the shared core through `$core/…`, as in tsconfig.base.json.
  resolve: { alias: { $core: resolve(import.meta.dirname, 'main/core') } },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    pool: 'threads',
  },
});
