import { mount } from 'svelte';
import App from './App.svelte';
import { apiContext } from './api';
import './styles/base.css';

const target = document.getElementById('app');
if (target) mount(App, { target, props: { search: window.location.search }, context: apiContext() });
