// Visual constants shared by every chart, set as SVG presentation attributes so exported SVGs carry their own styling.
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
export const TEXT = '#333333';
export const MUTED = '#6b7280';
export const GRID = '#e9ebef';
export const AXIS = '#9aa0a6';
export const BAND_OPACITY_OUTER = 0.18;
export const BAND_OPACITY_INNER = 0.35;
export const HOLDOUT_FILL = '#f3f0e6';
/** Background of a response curve's extrapolated range (spend beyond the largest the model has seen). */
export const EXTRAPOLATED_FILL = '#eef0f4';

export interface Margin { top: number; right: number; bottom: number; left: number }
export const MARGIN: Margin = { top: 34, right: 18, bottom: 44, left: 68 };

export interface LegendItem { label: string; colour: string; kind?: 'line' | 'area' | 'dot' | 'dash'; opacity?: number }
