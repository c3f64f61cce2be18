// Synergy between channel pairs (src/core/model/components/synergy.ts): mu_t += eta * s_a(t) * s_b(t), with s the
// channels' saturated adstocked spend at beta = 1 (the density's satS rows). The VJP gives dL/deta and adds
// eta * g * s_b to dL/ds_a and eta * g * s_a to dL/ds_b, which the channel backward pass then carries through
// saturation and adstock (and, under an ROI prior, adds to the beta-from-ROI term: the synergy uses s_t directly).
import { ld, st } from './buf';

/** mu += eta * sa .* sb */
export function synergyForward(n: i32, eta: f64, sa: usize, sb: usize, mu: usize): void {
  const es = f64x2.splat(eta);
  let t = 0;
  for (; t + 1 < n; t += 2) {
    const o = <usize>t << 3;
    v128.store(mu + o, f64x2.add(v128.load(mu + o), f64x2.mul(es, f64x2.mul(v128.load(sa + o), v128.load(sb + o)))));
  }
  if (t < n) st(mu, t, ld(mu, t) + eta * ld(sa, t) * ld(sb, t));
}

/** Returns dL/deta = sum_t g_t sa_t sb_t; gsa += eta g .* sb, gsb += eta g .* sa (gsa, gsb distinct buffers). */
export function synergyVjp(n: i32, eta: f64, g: usize, sa: usize, sb: usize, gsa: usize, gsb: usize): f64 {
  const es = f64x2.splat(eta);
  let acc = f64x2.splat(0);
  let t = 0;
  for (; t + 1 < n; t += 2) {
    const o = <usize>t << 3;
    const gv = v128.load(g + o), av = v128.load(sa + o), bv = v128.load(sb + o);
    acc = f64x2.add(acc, f64x2.mul(gv, f64x2.mul(av, bv)));
    const eg = f64x2.mul(es, gv);
    v128.store(gsa + o, f64x2.add(v128.load(gsa + o), f64x2.mul(eg, bv)));
    v128.store(gsb + o, f64x2.add(v128.load(gsb + o), f64x2.mul(eg, av)));
  }
  let s = f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
  if (t < n) {
    const gt = ld(g, t), at = ld(sa, t), bt = ld(sb, t);
    s += gt * at * bt;
    st(gsa, t, ld(gsa, t) + eta * gt * bt);
    st(gsb, t, ld(gsb, t) + eta * gt * at);
  }
  return s;
}
