// JSON indented for reading, with short lists of numbers kept on one line ("mu": [0.41, 0.41, ...]).
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\s*(-?[\d.eE+-]+(?:,\s*-?[\d.eE+-]+)*)\s*\]/g, (_, inner: string) => `[${inner.split(/,\s*/).join(', ')}]`);
}
