// Web Worker computing the Results page's per-draw arrays (core's posterior pass over hundreds of draws) off the UI thread.
import * as Comlink from 'comlink';
import type { ModelJson } from '../../core/fit';
import { loadResultsData } from './posterior-source';
import type { ResultsData } from './results-data';

function transferables(d: ResultsData): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const rows = (r: Float64Array[]) => r.forEach((a) => out.push(a.buffer as ArrayBuffer));
  rows(d.fitted); rows(d.baseline);
  out.push(d.fittedTotal.buffer as ArrayBuffer, d.baselineTotal.buffer as ArrayBuffer);
  if (d.predictive) rows(d.predictive);
  for (const ch of d.channels) {
    rows(d.contributions[ch]); rows(d.response[ch].draws); rows(d.adstock[ch]);
    for (const v of [d.contributionTotal, d.roi, d.mroi, d.costPerKpi, d.contributionShare]) out.push(v[ch].buffer as ArrayBuffer);
  }
  for (const p of Object.keys(d.synergy)) { rows(d.synergy[p]); out.push(d.synergyTotal[p].buffer as ArrayBuffer); }
  for (const m of [d.metrics, d.holdoutMetrics]) if (m) out.push(m.r2.buffer as ArrayBuffer, m.mape.buffer as ArrayBuffer, m.nrmse.buffer as ArrayBuffer);
  // A buffer listed twice cannot be transferred: keep each once.
  return [...new Set(out)];
}

const api = {
  compute(model: ModelJson): ResultsData {
    const d = loadResultsData(model);
    return Comlink.transfer(d, transferables(d));
  },
};
export type ResultsWorkerApi = typeof api;

Comlink.expose(api);
