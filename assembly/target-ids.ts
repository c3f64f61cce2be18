// Numeric ids of the models the WASM module can sample; mirrored in src/core/engine/targets.ts.
export const TARGET_ILL_SCALED: i32 = 1;
export const TARGET_CORRELATED: i32 = 2;
export const TARGET_FUNNEL: i32 = 3;
export const TARGET_EIGHT_SCHOOLS: i32 = 4;
/** Robustness targets for the sampler tests: a truncated normal (non-finite regions) and a nowhere-finite density. */
export const TARGET_HALF_PLANE: i32 = 5;
export const TARGET_NOWHERE: i32 = 6;
export const TARGET_MMM: i32 = 10;
