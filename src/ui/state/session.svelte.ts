// The app's session: one reactive object holding the dataset, spec, fit settings, last fit and plan, persisted to IndexedDB.
import type { ColumnMapping, Frequency } from '../../core/data';
import type { FitConfig, ModelSpec } from '../../core/model';
import type { ModelJson } from '../../core/fit';
import { DEFAULT_FIT_CONFIG } from '../../core/engine';
import { forgetAll, load, PERSIST_KEYS, save, setAside, type PersistKey } from './persist';
import { FieldError } from '../../core/fit';
import { validateSavedSession, type RestoredSession, type SavedSession } from './validate-session';
import { isStepId, type StepId } from './steps';

/** A dataset as the user gave it: the CSV itself (so remapping can re-ingest) and the chosen mapping. A large file
 *  stays a Blob (the File as chosen, or as restored from IndexedDB): only the CSV worker ever reads its text. */
export interface Dataset {
  name: string;
  source: 'demo' | 'file' | 'model';
  csv: string | Blob;
  mapping: ColumnMapping;
  frequency?: Frequency;
  /** Why auto-detection gave each column its role, and what it could not decide (shown on the Data step). */
  detected?: { reasons: Record<string, string>; notes: string[] };
}

/** The optimiser's plan: the shell only stores it and hands it to the Export page. */
export type { Plan } from '../../core/optimizer';
import type { Plan } from '../../core/optimizer';

/** Written when a fit starts and removed when it ends: if it survives a reload, that fit was interrupted. */
export interface FitMarker {
  started: string;
  config: FitConfig;
  /** 0..100, updated every few seconds while the fit runs. */
  percent: number;
}

class Session {
  step = $state<StepId>('data');
  dataset = $state.raw<Dataset | null>(null);
  spec = $state<ModelSpec | null>(null);
  fitConfig = $state<FitConfig>({ ...DEFAULT_FIT_CONFIG });
  /** Large (every draw): raw, so Svelte never wraps it in deep proxies. */
  model = $state.raw<ModelJson | null>(null);
  plan = $state.raw<Plan | null>(null);
  /** Set on restore when the previous page load died mid-fit. */
  interrupted = $state.raw<FitMarker | null>(null);
  /** Set when the saved session failed validation: why, and whether its raw values were kept aside. */
  restoreProblem = $state.raw<{ reason: string; kept: boolean } | null>(null);
  /** True once IndexedDB has been read (pages wait for it before loading the demo). */
  restored = $state(false);
}

export const session = new Session();

/** Reads the saved session, then keeps IndexedDB in sync with every later change. A corrupt session is set
 *  aside (see persist.ts), said in `restoreProblem`, and the app starts clean; the page never stays on "Restoring". */
export async function restoreSession(): Promise<void> {
  try {
    const values = await Promise.all(PERSIST_KEYS.map((k) => load<unknown>(k)));
    const saved: SavedSession = Object.fromEntries(PERSIST_KEYS.map((k, i) => [k, values[i]]));
    let restored: RestoredSession = {};
    try {
      restored = validateSavedSession(saved);
    } catch (e) {
      const reason = e instanceof FieldError ? e.message : `unexpected content (${(e as Error)?.message ?? String(e)})`;
      const kept = await setAside(Object.fromEntries(PERSIST_KEYS.filter((k) => saved[k] !== undefined).map((k) => [k, saved[k]])), reason);
      session.restoreProblem = { reason, kept };
    }
    const { dataset, spec, fitConfig, model, plan, marker, step } = restored;
    if (dataset) session.dataset = dataset;
    if (spec) session.spec = spec;
    if (fitConfig) session.fitConfig = { ...DEFAULT_FIT_CONFIG, ...fitConfig };
    if (model) session.model = model;
    if (plan) session.plan = plan;
    if (marker) {
      session.interrupted = marker;
      await save('fit-in-progress', null);
    }
    const fromHash = location.hash.replace(/^#\/?/, '');
    if (isStepId(fromHash)) session.step = fromHash;
    else if (step) session.step = step;
  } finally {
    autosave();
    session.restored = true;
  }
}

/** Saves `key` whenever `read()` changes; `same` says whether a value is what was just restored (not worth writing back). */
function persistOn(key: PersistKey, read: () => unknown, same: (v: unknown) => boolean): void {
  let first = true;
  $effect(() => {
    const value = read();
    // The first run may see either the restored value (skip) or a change made before it ran (save it).
    if (first) {
      first = false;
      if (same(value)) return;
    }
    void save(key, value);
  });
}

function autosave(): void {
  const json = (v: unknown) => JSON.stringify(v ?? null);
  const restored = {
    dataset: session.dataset,
    spec: json($state.snapshot(session.spec)),
    fitConfig: json($state.snapshot(session.fitConfig)),
    model: session.model,
    plan: session.plan,
    step: session.step,
  };
  $effect.root(() => {
    persistOn('dataset', () => session.dataset, (v) => v === restored.dataset);
    persistOn('spec', () => $state.snapshot(session.spec), (v) => json(v) === restored.spec);
    persistOn('fit-config', () => $state.snapshot(session.fitConfig), (v) => json(v) === restored.fitConfig);
    persistOn('model', () => session.model, (v) => v === restored.model);
    persistOn('plan', () => session.plan, (v) => v === restored.plan);
    persistOn('step', () => session.step, (v) => v === restored.step);
  });
}

export function markFitStarted(config: FitConfig): FitMarker {
  const marker: FitMarker = { started: new Date().toISOString(), config, percent: 0 };
  void save('fit-in-progress', marker);
  return marker;
}

export function markFitProgress(marker: FitMarker, percent: number): void {
  marker.percent = Math.round(percent);
  void save('fit-in-progress', marker);
}

export function markFitEnded(): void {
  void save('fit-in-progress', null);
}

export function goTo(step: StepId): void {
  session.step = step;
  if (location.hash !== `#/${step}`) history.pushState(null, '', `#/${step}`);
  window.scrollTo({ top: 0 });
}

/** Clears the session here and in IndexedDB (the Data step then loads the demo again). */
export async function forgetSession(): Promise<void> {
  session.model = null;
  session.plan = null;
  session.spec = null;
  session.interrupted = null;
  session.restoreProblem = null;
  session.fitConfig = { ...DEFAULT_FIT_CONFIG };
  session.dataset = null;
  // After the autosave effects have run for the cleared values, wipe whatever they wrote.
  await Promise.resolve();
  await forgetAll();
}
