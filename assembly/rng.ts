// Deterministic xoshiro256** stream seeded from (seed, chain) via splitmix64: same inputs, same draws on any host.
let s0: u64 = 0;
let s1: u64 = 0;
let s2: u64 = 0;
let s3: u64 = 0;
let smState: u64 = 0;
let hasSpare: bool = false;
let spare: f64 = 0;

function splitmix64(): u64 {
  smState += 0x9e3779b97f4a7c15;
  let z = smState;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return z ^ (z >> 31);
}

/** Independent streams per chain: the chain index is mixed into the splitmix64 seed, never added to the seed. */
export function rngSeed(seed: u32, chain: i32): void {
  smState = ((<u64>seed) << 32) ^ (<u64>(<u32>chain) * 0xd1b54a32d192ed03);
  s0 = splitmix64();
  s1 = splitmix64();
  s2 = splitmix64();
  s3 = splitmix64();
  hasSpare = false;
  spare = 0;
}

@inline
function rotl(x: u64, k: u64): u64 {
  return (x << k) | (x >> (64 - k));
}

export function rngNext(): u64 {
  const result = rotl(s1 * 5, 7) * 9;
  const t = s1 << 17;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl(s3, 45);
  return result;
}

/** Uniform on [0, 1) with 53 random bits. */
export function rngUniform(): f64 {
  return <f64>(rngNext() >> 11) * 1.1102230246251565e-16;
}

/** Standard normal by Marsaglia's polar method (sqrt and AssemblyScript's own log only: bit-reproducible). */
export function rngNormal(): f64 {
  if (hasSpare) {
    hasSpare = false;
    return spare;
  }
  let u: f64 = 0;
  let v: f64 = 0;
  let s: f64 = 0;
  do {
    u = 2.0 * rngUniform() - 1.0;
    v = 2.0 * rngUniform() - 1.0;
    s = u * u + v * v;
  } while (s >= 1.0 || s == 0.0);
  const m = Math.sqrt(-2.0 * Math.log(s) / s);
  spare = v * m;
  hasSpare = true;
  return u * m;
}
