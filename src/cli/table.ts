/** A plain-text table whose long cells wrap inside their column, for terminal output. */

/** Default total width when the output is not a terminal (files, pipes). */
const DEFAULT_WIDTH = 140;
/** Narrowest a wrapped column may become. */
const MIN_COLUMN = 8;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    // A single word longer than the column is cut, not allowed to push the table out of shape.
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      line = '';
    }
    line = line ? `${line} ${rest}` : rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Lays out rows under headers. Columns keep their natural width when it fits; otherwise the widest
 * columns are narrowed (and their cells wrapped) until the table fits `totalWidth`.
 */
export function formatTable(
  headers: string[],
  rows: string[][],
  totalWidth = process.stdout.columns || Number(process.env.COLUMNS) || DEFAULT_WIDTH,
  minWidths: number[] = [],
): string {
  const natural = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const widths = [...natural];
  const gaps = 2 * (headers.length - 1);
  const floor = (i: number) => Math.min(natural[i] ?? 0, Math.max(MIN_COLUMN, minWidths[i] ?? 0));
  while (widths.reduce((a, b) => a + b, 0) + gaps > totalWidth) {
    // Narrow the widest column that can still give way.
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > floor(i) && (widest < 0 || w > (widths[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const render = (cells: string[]): string[] => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i] ?? MIN_COLUMN));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      wrapped
        .map((w, i) => (w[k] ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [...render(headers), rule, ...rows.flatMap((r) => [...render(r), ''])].join('\n').trimEnd();
}
