// Dev-only harness (npm run dev, then /src/ui/dev/): the Results, Optimise and Export pages on a synthetic fixture model.
import { mount } from 'svelte';
import '../shell/app.css';
import DevApp from './DevApp.svelte';

mount(DevApp, { target: document.getElementById('app')! });
