// Rejects a FitConfig the sampler cannot run, naming the field, before any worker starts.
import type { FitConfig } from './types';
import { ADAPTATIONS } from './adaptation';

function integer(config: FitConfig, field: Exclude<keyof FitConfig, 'adaptation'>, min: number, max: number): void {
  const v = config[field];
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new Error(`FitConfig.${field} must be an integer from ${min} to ${max} (got ${String(v)})`);
  }
}

export function checkFitConfig(config: FitConfig): void {
  integer(config, 'chains', 1, 64);
  integer(config, 'warmup', 0, 1_000_000);
  integer(config, 'draws', 1, 1_000_000);
  // Any safe integer: the driver maps it onto the WASM's u32 modulo 2^32.
  integer(config, 'seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  integer(config, 'maxDepth', 1, 30);
  const a = config.targetAccept;
  if (!(typeof a === 'number' && a > 0 && a < 1)) {
    throw new Error(`FitConfig.targetAccept must be a number strictly between 0 and 1 (got ${String(a)})`);
  }
  const k = config.adaptation;
  if (k !== undefined && !ADAPTATIONS.includes(k)) {
    throw new Error(`FitConfig.adaptation must be one of ${ADAPTATIONS.join(', ')} (got ${String(k)})`);
  }
}
