// Types for comlink's Node adapter, imported by its .mjs path (which ships a .d.ts TypeScript won't pair with it).
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import nodeEndpoint from 'comlink/dist/esm/node-adapter';
  export default nodeEndpoint;
}
