// Pointer position to the nearest data point and the tooltip's anchor, for the charts with a hover rule.
import { bisector } from 'd3';

export interface HoverAt {
  index: number;
  pointer: { x: number; y: number };
}

/** `items` sorted by `value`; `invert` maps a pixel x inside the plot area to data units. */
export function hoverAt<T>(
  e: PointerEvent, items: readonly T[], value: (d: T) => number, invert: (px: number) => number, m: { left: number; top: number },
): HoverAt {
  const r = (e.currentTarget as Element).getBoundingClientRect();
  const px = e.clientX - r.left;
  return { index: bisector(value).center(items, invert(px)), pointer: { x: px + m.left, y: e.clientY - r.top + m.top - 20 } };
}
