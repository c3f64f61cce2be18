// One place that readies tfjs for the optimizer: cpu backend (Node and browser alike), gradients, quiet.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { registerGradients } from './tf-gradients';

let ready: Promise<void> | null = null;

/** Idempotent. Prod mode skips tfjs's debug checks and its "install tfjs-node" banner (there is no tfjs-node here). */
export function ensureTf(): Promise<void> {
  if (!ready) {
    ready = (async () => {
      tf.enableProdMode();
      registerGradients();
      if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
      await tf.ready();
    })();
  }
  return ready;
}

export { tf };

/** tf.tidy for functions that return plain JS values: every tensor made inside is freed. */
export function tidyJs<T>(fn: () => T): T {
  let out!: T;
  tf.tidy(() => { out = fn(); });
  return out;
}
