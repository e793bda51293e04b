import { mount } from 'svelte';
import App from './App.svelte';

// This file is type-checked with the Node program (no DOM library): declare just what it uses.
declare const document: { getElementById(id: string): Parameters<typeof mount>[1]['target'] | null };

const target = document.getElementById('app');
if (target) mount(App, { target });
