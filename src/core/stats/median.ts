// The median as R computes it, exact to the last bit for an even count.

/** The median: for an even count, the correctly rounded mean of the middle pair (R averages in long
 *  double; a plain (a + b) / 2 can be one ulp off, and folded draws that tie in exact arithmetic then
 *  rank differently). NaN for no values. */
export function median(values: ArrayLike<number>): number {
  const s = Float64Array.from(values as ArrayLike<number>).sort();
  const n = s.length;
  if (n === 0) return NaN;
  if (n % 2 === 1) return s[(n - 1) / 2];
  const a = s[n / 2 - 1];
  const b = s[n / 2];
  const sum = a + b;
  const bv = sum - a;
  const err = (a - (sum - bv)) + (b - bv); // TwoSum: a + b == sum + err exactly
  return sum / 2 + err / 2;
}
