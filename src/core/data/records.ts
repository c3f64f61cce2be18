// Records keyed by a user's column name (channel, control, KPI): every name is an own property, so
// `__proto__`, `constructor` or `toString` are ordinary names (a plain `rec[name] = v` on `__proto__`
// would set the prototype, and `rec[name]` for a missing name would read an inherited member).

/** Sets `rec[key] = value` as an own, enumerable property, whatever the key (also `__proto__`). */
export function putOwn<T>(rec: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(rec, key, { value, writable: true, enumerable: true, configurable: true });
}

/** `rec[key]` if `key` is an own property of `rec`, else undefined (never an inherited member). */
export function ownValue<T>(rec: Record<string, T> | undefined | null, key: string): T | undefined {
  return rec != null && Object.hasOwn(rec, key) ? rec[key] : undefined;
}
