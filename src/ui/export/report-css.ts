// The report's only styling, inlined in a <style> element (the file must stand alone offline).
export const REPORT_CSS = `
:root { color: #1d2330; background: #f6f7f9; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
body { margin: 0; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 12px; border-bottom: 1px solid #dfe3ea; padding-bottom: 6px; }
h3 { font-size: 15px; margin: 18px 0 8px; }
section { background: #fff; border: 1px solid #dfe3ea; border-radius: 8px; padding: 18px 22px; margin: 18px 0; page-break-inside: avoid; }
figure { margin: 0 0 18px; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; display: block; }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 18px; }
figcaption { font-size: 13px; color: #6b7280; margin-top: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; font-variant-numeric: tabular-nums; margin: 6px 0 10px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #eef0f4; }
th { background: #fafbfc; color: #4a5263; font-weight: 600; }
.num { text-align: right; }
.ci { color: #7a8394; font-size: 12px; }
.muted { color: #6b7280; }
.ok { color: #2e7d4f; font-weight: 600; }
.bad { color: #b3261e; font-weight: 600; }
.warn { color: #8a5a00; font-weight: 600; }
.facts { padding-left: 20px; }
footer { color: #7a8394; font-size: 12.5px; padding-bottom: 32px; }
@media print { :root { background: #fff; } section { border: none; padding: 0; } }
`;
