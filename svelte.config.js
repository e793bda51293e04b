/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  compilerOptions: {
    runes: true,
    // Every byte of the renderer counts against its 40 KB budget: short scoped-style class names
    // (from the component's path, so they stay unique) and no version marker on window.
    cssHash: ({ hash, filename }) => `u${hash(filename ?? '').slice(0, 5)}`,
    discloseVersion: false,
  },
};
