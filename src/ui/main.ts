// Entry point: global styles, then the app mounted on #app.
import { mount } from 'svelte';
import './shell/app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks the #app element');
export default mount(App, { target });
