// Browser Web Worker entry: exposes the chain worker API on the worker's global scope.
import * as Comlink from 'comlink';
import { createChainWorkerApi } from './chain-worker';

Comlink.expose(createChainWorkerApi());
