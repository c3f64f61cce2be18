// Web Worker computing the model criticism (core's PSIS-LOO over every draw, LOO-PIT, contraction) off the UI thread.
import * as Comlink from 'comlink';
import type { ModelJson } from '../../core/fit';
import { modelCriticism, type ModelCriticism } from '../../core/criticism';

const api = {
  compute(model: ModelJson): ModelCriticism {
    const c = modelCriticism(model);
    return Comlink.transfer(c, [c.pit.buffer as ArrayBuffer, c.loo.paretoK.buffer as ArrayBuffer, c.loo.pointwiseElpd.buffer as ArrayBuffer]);
  },
};
export type CriticismWorkerApi = typeof api;

Comlink.expose(api);
