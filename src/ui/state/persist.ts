// IndexedDB persistence of the session (idb-keyval): each piece under its own key, so a large fit never rewrites the dataset.
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';

export type PersistKey = 'dataset' | 'spec' | 'fit-config' | 'model' | 'plan' | 'fit-in-progress' | 'step';

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

/** Deletes everything the app stored in this browser. */
export async function forgetAll(): Promise<void> {
  try {
    await clear(db());
  } catch (e) {
    console.warn('could not clear IndexedDB', e);
  }
}
