// Percentiles and the tables every bench script prints at the end.
import os from 'node:os';

/** Nearest-rank percentile (p in 0..100) of a list of numbers; NaN for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (values) => percentile(values, 50);
export const p95 = (values) => percentile(values, 95);

export function fmt(value, digits = 0) {
  if (typeof value !== 'number') return String(value ?? '');
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "ours / reference" as "0.42×". */
export function ratio(ours, reference) {
  if (!Number.isFinite(ours) || !Number.isFinite(reference) || reference === 0) return '–';
  return `${(ours / reference).toFixed(2)}×`;
}

/** Target check: "ok" or "MISSED". */
export function target(value, limit) {
  if (!Number.isFinite(value)) return '–';
  return value <= limit ? `ok (≤ ${limit})` : `MISSED (> ${limit})`;
}

/** Prints rows (arrays of cells) as an aligned plain-text table with a title. */
export function printTable(title, header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** Samples the 1-minute load average every few seconds while a bench runs. */
export function loadSampler(everyMs = 5_000) {
  const samples = [os.loadavg()[0]];
  const timer = setInterval(() => samples.push(os.loadavg()[0]), everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      samples.push(os.loadavg()[0]);
      return { min: Math.min(...samples), max: Math.max(...samples), median: median(samples) };
    },
  };
}

export function log(message) {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
