/**
 * The report's stylesheet. On paper (`@media print`, A4) the main part is sized to one page and
 * the appendix starts on a page of its own; tests/e2e/pictures.test.ts prints it in Chromium and
 * counts the pages.
 */
export const REPORT_STYLES = `
  :root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; }
  * { box-sizing: border-box; }
  body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 24px auto; max-width: 900px; padding: 0 16px; }
  header { display: flex; flex-wrap: wrap; gap: 4px 16px; justify-content: space-between; align-items: baseline; border-bottom: 2px solid var(--ink); margin-bottom: 10px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 15px; margin: 12px 0 6px; }
  h3 { font-size: 13px; margin: 0 0 2px; }
  p { margin: 0 0 4px; }
  .date { color: var(--muted); }
  .covers { font-weight: 600; margin: 0 0 2px; }
  .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; }
  .figure { border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; }
  .figure .value { font-size: 20px; font-weight: 700; }
  .figure .label { font-weight: 600; }
  .figure .hint { color: var(--muted); font-size: 11px; }
  .overview { display: grid; grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); gap: 12px; align-items: start; }
  .map-picture { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; display: block; }
  .picture-key { color: var(--muted); font-size: 11px; margin-top: 2px; }
  table { width: 100%; border-collapse: collapse; }
  .table-wrap { overflow-x: auto; }
  th, td { text-align: left; padding: 2px 5px; border-bottom: 1px solid var(--line); vertical-align: top; }
  th { font-size: 11px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
  .num { text-align: right; }
  .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; border: 1px solid rgba(0,0,0,.25); }
  .sparks { display: flex; flex-wrap: wrap; gap: 8px 24px; color: var(--ink); margin: 4px 0; }
  .sparks > div { display: flex; align-items: center; gap: 8px; font-weight: 600; }
  .spark { max-width: 100%; }
  .trend-words { margin: 2px 0 4px; padding-left: 16px; }
  .gaps { columns: 2; column-gap: 20px; }
  .gap { break-inside: avoid; margin-bottom: 6px; }
  .gap ul, .appendix ol { margin: 2px 0 0; padding-left: 16px; }
  .gap li { margin: 1px 0; }
  .count { display: inline-block; min-width: 20px; padding: 0 6px; border-radius: 10px; background: var(--ink); color: #fff; font-size: 11px; text-align: center; }
  .more, .note, .notes { color: var(--muted); }
  .holds { display: block; color: var(--muted); font-size: .9em; }
  .notes { margin-top: 10px; border-top: 1px solid var(--line); padding-top: 4px; font-size: 11px; }
  .notes ol { margin: 0; padding-left: 16px; }
  .appendix { margin-top: 24px; border-top: 2px solid var(--ink); }
  .appendix h3 { margin-top: 8px; }
  .appendix li { margin: 1px 0; }
  @media (max-width: 640px) {
    body { margin: 12px auto; padding: 0 10px; }
    .figures { grid-template-columns: repeat(2, 1fr); }
    .overview { grid-template-columns: minmax(0, 1fr); }
    .gaps { columns: 1; }
  }
  @media print {
    @page { size: A4; margin: 8mm 10mm; }
    body { margin: 0; max-width: none; padding: 0; font-size: 8.4px; line-height: 1.28; }
    h1 { font-size: 16px; }
    h2 { font-size: 11px; margin: 6px 0 3px; }
    h3 { font-size: 9px; }
    th { font-size: 7.5px; }
    .figures { grid-template-columns: repeat(4, 1fr); gap: 4px; }
    .overview { grid-template-columns: minmax(0, 0.9fr) minmax(0, 1.1fr); }
    .figure { padding: 1px 6px; }
    .trend-words { columns: 2; column-gap: 20px; margin: 0 0 2px; }
    .gap { margin-bottom: 3px; }
    .figure .value { font-size: 13px; }
    .figure .hint, .notes, .picture-key { font-size: 7.5px; }
    .notes { margin-top: 4px; }
    header { margin-bottom: 6px; }
    .count { font-size: 7.5px; min-width: 14px; }
    .sparks svg { height: 22px; }
    .swatch, .count, .map-picture { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    /* The first page has no room for them on paper: each cluster's sentence is in the appendix. */
    .holds { display: none; }
    section, table, tr { break-inside: avoid; }
    .appendix { break-before: page; margin-top: 0; border-top: none; }
    .appendix section, .appendix table { break-inside: auto; }
    .appendix .gaps { columns: 2; }
  }
`;
