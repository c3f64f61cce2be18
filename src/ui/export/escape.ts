// HTML escaping and SVG sanitising for the offline report: user strings never become markup.

export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Inline chart SVG, defensively cleaned: no scripts, foreign content, event handlers or external references. */
export function sanitizeSvg(markup: string): string {
  const s = markup.trim().replace(/^<\?xml[^>]*>\s*/, '');
  if (!/^<svg[\s>]/i.test(s)) return '';
  const cleaned = s
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script[^>]*\/>/gi, '')
    .replace(/<foreignObject[\s\S]*?<\/foreignObject\s*>/gi, '');
  // Attributes are cleaned inside tags only: text nodes (escaped by the serialiser) may legitimately read "onerror=...".
  return cleaned.replace(/<[^>]+>/g, (tag) => tag
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    // Inline SVG in HTML needs no namespaces; dropping them leaves no URL at all in the report.
    .replace(/\sxmlns(:[a-z]+)?\s*=\s*("[^"]*"|'[^']*')/gi, '')
    // Only same-document references (#id) survive.
    .replace(/\s(xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '')
    .replace(/url\(\s*(?!['"]?#)[^)]*\)/gi, 'none'));
}
