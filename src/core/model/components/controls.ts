// Control variables: a linear term per control on its value as the model sees it, (raw - center) / scale.

/** A control's value as the model sees it (center 0 and scale 1 when controls are not standardised). */
export function controlValue(raw: number, sc: { center: number; scale: number }): number {
  return (raw - sc.center) / sc.scale;
}

/** sum_i gamma[i] z[i][t]: the controls' contribution at period t. */
export function controlsAt(gamma: ArrayLike<number>, z: ArrayLike<number>[], t: number): number {
  let b = 0;
  for (let i = 0; i < gamma.length; i++) b += gamma[i] * z[i][t];
  return b;
}
