import { mount } from 'svelte';
import App from './App.svelte';
import { reportPageErrors } from './lib/report-errors';
import './styles/base.css';

const api = window.unknot;
if (api) reportPageErrors(window, (entry) => api.writeLog(entry));
const target = document.getElementById('app');
if (target) mount(App, { target, props: { search: window.location.search } });
