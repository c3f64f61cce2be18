// Node worker_threads entry: exposes the chain worker API on the parent port via comlink's node adapter.
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createChainWorkerApi } from './chain-worker';

if (!parentPort) throw new Error('workers/chain-worker.node.ts must run in a worker_threads Worker');
Comlink.expose(createChainWorkerApi(), nodeEndpoint(parentPort));
