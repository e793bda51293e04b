import type { SvelteConfig } from '@sveltejs/vite-plugin-svelte';

declare const config: SvelteConfig;
export default config;
