// The engine's public API for any environment (the Node host lives in ./node-host so browsers never bundle it).
export * from './types';
export { runChains } from './run-chains';
export { DEFAULT_FIT_CONFIG, DEFAULT_ADAPTATION } from './defaults';
export { ADAPTATIONS, ADAPTATION_CODE } from './adaptation';
export * from './targets';
export { checkFitConfig } from './check-config';
export { createInlineHost } from './inline-host';
export { createBrowserHost } from './browser-host';
