// Node worker bootstrap: registers tsx in this thread, then loads the TypeScript worker entry.
// (A worker's execArgv `--import tsx` does not install tsx's hooks in the worker on Node 20.)
import { register } from 'tsx/esm/api';

register();
await import('./chain-worker.node.ts');
