// IndexedDB persistence of the session (idb-keyval): each piece under its own key, so a large fit never rewrites the dataset.
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';

export type PersistKey = 'dataset' | 'spec' | 'fit-config' | 'model' | 'plan' | 'fit-in-progress' | 'step';
export const PERSIST_KEYS: readonly PersistKey[] = ['dataset', 'spec', 'fit-config', 'model', 'plan', 'fit-in-progress', 'step'];
/** Where a saved session that failed validation is kept, untouched, for a bug report (Forget session deletes it). */
export const SET_ASIDE_KEY = 'set-aside';

/** A corrupt session as it was read: when, why, and every piece's raw value. */
export interface SetAside { at: string; reason: string; values: Partial<Record<PersistKey, unknown>> }

let store: UseStore | undefined;
function db(): UseStore {
  store ??= createStore('marginal', 'session');
  return store;
}

/** Reads a key; a broken or unavailable IndexedDB (private mode, quota) reads as "nothing saved". */
export async function load<T>(key: PersistKey): Promise<T | undefined> {
  try {
    return (await get<T>(key, db())) ?? undefined;
  } catch (e) {
    console.warn(`could not read ${key} from IndexedDB`, e);
    return undefined;
  }
}

/** Writes a key (structured clone: plain data only, no Svelte proxies); failures are reported, not thrown. */
export async function save(key: PersistKey, value: unknown): Promise<boolean> {
  try {
    if (value === null || value === undefined) await del(key, db());
    else await set(key, value, db());
    return true;
  } catch (e) {
    console.warn(`could not save ${key} to IndexedDB`, e);
    return false;
  }
}

/** Keeps a corrupt session under SET_ASIDE_KEY and removes its pieces, so the next load starts clean. */
export async function setAside(values: Partial<Record<PersistKey, unknown>>, reason: string): Promise<boolean> {
  let kept = true;
  try {
    await set(SET_ASIDE_KEY, { at: new Date().toISOString(), reason, values } satisfies SetAside, db());
  } catch (e) {
    // A value IndexedDB returned but cannot store again: keep the reason at least.
    console.warn('could not set the corrupt session aside', e);
    kept = false;
    try { await set(SET_ASIDE_KEY, { at: new Date().toISOString(), reason, values: {} } satisfies SetAside, db()); } catch { /* nothing more to do */ }
  }
  for (const key of PERSIST_KEYS) await save(key, null);
  return kept;
}

/** Reads the set-aside corrupt session, if any. */
export async function loadSetAside(): Promise<SetAside | undefined> {
  try {
    return (await get<SetAside>(SET_ASIDE_KEY, db())) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Deletes everything the app stored in this browser. */
export async function forgetAll(): Promise<void> {
  try {
    await clear(db());
  } catch (e) {
    console.warn('could not clear IndexedDB', e);
  }
}
