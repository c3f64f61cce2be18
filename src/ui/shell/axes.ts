// Shared d3 helpers for the shell's charts: margins, labelled axes, compact number formats.
import * as d3 from 'd3';

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const innerWidth = (f: Frame) => f.width - f.margin.left - f.margin.right;
export const innerHeight = (f: Frame) => f.height - f.margin.top - f.margin.bottom;

/** "1.2M", "350k", "0.25": short tick labels that stay readable at any magnitude. */
export function compact(v: number): string {
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 1000) return d3.format('.3~s')(v).replace('G', 'B');
  if (a >= 1) return d3.format('.3~r')(v);
  return d3.format('.2~r')(v);
}

type G = d3.Selection<SVGGElement, unknown, null, undefined>;

/** Draws a left axis with a rotated label (the quantity and its unit). */
export function leftAxis(g: G, scale: d3.AxisScale<number>, f: Frame, label: string, ticks = 5): void {
  g.call(d3.axisLeft(scale).ticks(ticks).tickFormat((d) => compact(+d)).tickSize(-innerWidth(f)).tickPadding(6));
  g.select('.domain').remove();
  g.append('text')
    .attr('class', 'axis-label')
    .attr('transform', 'rotate(-90)')
    .attr('x', -innerHeight(f) / 2)
    .attr('y', -f.margin.left + 13)
    .attr('text-anchor', 'middle')
    .text(label);
}

/** Draws a bottom axis with its label centred under it. */
export function bottomAxis<D extends d3.AxisDomain>(g: G, axis: d3.Axis<D>, f: Frame, label: string): void {
  g.attr('transform', `translate(0,${innerHeight(f)})`).call(axis.tickSizeOuter(0));
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', innerWidth(f) / 2)
    .attr('y', f.margin.bottom - 6)
    .attr('text-anchor', 'middle')
    .text(label);
}
