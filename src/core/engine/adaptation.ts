// The warmup adaptations the sampler offers and their codes for samplerInit (assembly/defaults.ts ADAPT_*).
import type { AdaptationKind } from '../model/spec';

export const ADAPTATIONS: readonly AdaptationKind[] = ['stan', 'nutpie'];

/** samplerInit's `adaptation` argument. */
export const ADAPTATION_CODE: Readonly<Record<AdaptationKind, number>> = { stan: 0, nutpie: 1 };
