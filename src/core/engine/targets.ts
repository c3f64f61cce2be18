// Numeric target ids the WASM module can sample, mirroring assembly/target-ids.ts; the MMM (10) is TARGET_MMM in src/core/model/pack.ts.
export const TARGET_ILL_SCALED = 1;
export const TARGET_CORRELATED = 2;
export const TARGET_FUNNEL = 3;
export const TARGET_EIGHT_SCHOOLS = 4;
