// Rows of the bench table and their text form. A row holds the app's and the floor's figures,
// their ratio, the budget (if the issue sets one) and the verdict.
import type { Summary } from './sample.ts';

export type Figure =
  | { median: number; p95: number | null; max: number; n: number; failed?: number }
  | { text: string };

export type Verdict = 'PASS' | 'FAIL' | 'n/a' | '';

export type Row = {
  section: string;
  metric: string;
  unit: 'ms' | 'KiB' | 'count' | '';
  app: Figure;
  floor: Figure;
  /** app median / floor median. */
  ratio: number | null;
  budget: string;
  result: Verdict;
};

export const na = (reason: string): Figure => ({ text: `n/a (${reason})` });

/** A summary as a figure; `failed` counts loads that gave no value (timeouts, no content). */
export function figure(summary: Summary | undefined, failed = 0, why = 'no data'): Figure {
  if (!summary) return na(failed ? `${failed} failed` : why);
  return {
    median: summary.median,
    p95: summary.p95,
    max: summary.max,
    n: summary.n,
    ...(failed ? { failed } : {}),
  };
}

export const single = (value: number): Figure => ({ median: value, p95: null, max: value, n: 1 });

export function ratioOf(app: Figure, floor: Figure): number | null {
  if (!('median' in app) || !('median' in floor) || floor.median === 0) return null;
  return app.median / floor.median;
}

const digits = { ms: 1, KiB: 2, count: 0, '': 0 } as const;

function cell(f: Figure, part: 'median' | 'p95', unit: Row['unit']): string {
  if (!('median' in f)) return part === 'median' ? f.text : '';
  const v = f[part];
  if (v === null) return '–';
  const text = Number.isInteger(v) && unit === 'count' ? String(v) : v.toFixed(digits[unit]);
  return part === 'median' && f.failed ? `${text} (${f.failed} failed)` : text;
}

export function formatTable(rows: Row[]): string {
  const header = [
    'metric',
    'unit',
    'app median',
    'app p95',
    'floor median',
    'floor p95',
    'app/floor',
    'budget',
    'result',
  ];
  const lines: string[][] = [];
  let section = '';
  const sectionRows: number[] = [];
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      sectionRows.push(lines.length);
      lines.push([`**${section}**`, '', '', '', '', '', '', '', '']);
    }
    lines.push([
      r.metric,
      r.unit,
      cell(r.app, 'median', r.unit),
      cell(r.app, 'p95', r.unit),
      cell(r.floor, 'median', r.unit),
      cell(r.floor, 'p95', r.unit),
      // A ratio of counts (0 vs 2 requests) says less than the two counts do.
      r.ratio === null || r.unit === 'count' ? '' : `${r.ratio.toFixed(2)}×`,
      r.budget,
      r.result,
    ]);
  }
  // Section headings may overflow the first column; the figures stay aligned.
  const sized = [header, ...lines.filter((_, i) => !sectionRows.includes(i))];
  const widths = header.map((_, c) => Math.max(...sized.map((l) => l[c]!.length)));
  const fmt = (l: string[]) =>
    `| ${l.map((v, c) => (c >= 2 && c <= 6 ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c >= 2 && c <= 6 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [fmt(header), rule, ...lines.map(fmt)].join('\n');
}
