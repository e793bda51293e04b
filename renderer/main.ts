import { mount } from 'svelte';
import App from './App.svelte';
import { PAGE_LOG_MAX_CHARS } from '../main/core/page-log';
import './styles/base.css';

// The page's uncaught errors go to the main log (rate-limited there), so a user's report has them.
// Kept this small on purpose: the renderer has a byte budget.
const log = (error: unknown): void =>
  void window.unknot
    ?.writeLog({ level: 'error', message: `${error instanceof Error ? error.stack : error}`.slice(0, PAGE_LOG_MAX_CHARS) })
    .catch(() => undefined);
onerror = (_message, _source, _line, _column, error) => log(error);
onunhandledrejection = (event) => log(event.reason);
const target = document.getElementById('app');
if (target) mount(App, { target, props: { search: window.location.search } });
