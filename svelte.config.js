import { relative } from 'node:path';

const root = import.meta.dirname;

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  compilerOptions: {
    runes: true,
    // Every byte of the renderer counts against its 40 KB budget: short scoped-style class names,
    // from the component's path inside the repo (so they do not depend on where it is checked
    // out). tests/unit/renderer/css-hash.test.ts fails if two components ever get the same one.
    cssHash: ({ hash, filename }) => `u${hash(relative(root, filename ?? '')).slice(0, 4)}`,
    discloseVersion: false,
  },
};
