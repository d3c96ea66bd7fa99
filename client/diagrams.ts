import * as vscode from 'vscode';
import { escapeXml } from './html';

/**
 * Timeline pictures for the explainer panel, drawn as inline SVG in the theme's own colors (the
 * webview's CSS variables), so they read in light, dark and high-contrast themes alike.
 */
interface Bar {
  row: number;
  start: number;
  length: number;
  label: string;
  tone: 'work' | 'wait' | 'blocked' | 'lost';
}

const TONES: Record<Bar['tone'], string> = {
  work: 'var(--vscode-charts-blue)',
  wait: 'var(--vscode-charts-green)',
  blocked: 'var(--vscode-charts-red)',
  lost: 'var(--vscode-charts-orange)',
};

const UNIT = 34;
const ROW = 30;
const LEFT = 150;

function timeline(title: string, rows: string[], bars: Bar[], caption: string): string {
  const width = LEFT + 12 * UNIT + 20;
  const height = rows.length * ROW + 30;
  const labels = rows
    .map((row, index) => `<text x="8" y="${index * ROW + 24}" class="row-label">${escapeXml(row)}</text>`)
    .join('');
  const rects = bars
    .map((bar) => {
      const x = LEFT + bar.start * UNIT;
      const y = bar.row * ROW + 8;
      return `<rect x="${x}" y="${y}" width="${bar.length * UNIT - 3}" height="22" rx="3" fill="${TONES[bar.tone]}"/>` +
        `<text x="${x + 6}" y="${y + 15}" class="bar-label">${escapeXml(bar.label)}</text>`;
    })
    .join('');
  return `<figure><figcaption>${escapeXml(title)}</figcaption>` +
    `<svg role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${labels}${rects}` +
    `<line x1="${LEFT}" y1="${height - 4}" x2="${width - 10}" y2="${height - 4}" class="axis"/></svg>` +
    `<p class="caption">${escapeXml(caption)}</p></figure>`;
}

/** One after another vs together: three 1 s awaits. */
function sequentialVsConcurrent(): string {
  const t = vscode.l10n.t;
  return [
    timeline(t('One after another: 3 s'), ['getUser()', 'getOrders()', 'getPrices()'], [
      { row: 0, start: 0, length: 3, label: '1 s', tone: 'wait' },
      { row: 1, start: 3, length: 3, label: '1 s', tone: 'wait' },
      { row: 2, start: 6, length: 3, label: '1 s', tone: 'wait' },
    ], t('Each await starts only when the one before has finished: the durations add up.')),
    timeline(t('Together with Promise.all: 1 s'), ['getUser()', 'getOrders()', 'getPrices()'], [
      { row: 0, start: 0, length: 3, label: '1 s', tone: 'wait' },
      { row: 1, start: 0, length: 3, label: '1 s', tone: 'wait' },
      { row: 2, start: 0, length: 3, label: '1 s', tone: 'wait' },
    ], t('All three wait at the same time: the whole takes as long as the slowest.')),
  ].join('');
}

/** The event loop held by a synchronous call vs served while the disk works. */
function blockedEventLoop(): string {
  const t = vscode.l10n.t;
  return [
    timeline(t('readFileSync: the event loop is blocked'), [t('event loop'), t('request A'), t('request B')], [
      { row: 0, start: 0, length: 5, label: 'readFileSync', tone: 'blocked' },
      { row: 1, start: 5, length: 1, label: 'A', tone: 'work' },
      { row: 2, start: 6, length: 1, label: 'B', tone: 'work' },
    ], t('Nothing else runs until the disk answers: every other request waits.')),
    timeline(t('await readFile: the event loop keeps serving'), [t('event loop'), t('request A'), t('request B')], [
      { row: 0, start: 0, length: 1, label: '▶', tone: 'work' },
      { row: 0, start: 1, length: 4, label: t('loop is free'), tone: 'wait' },
      { row: 1, start: 1, length: 1, label: 'A', tone: 'work' },
      { row: 2, start: 2, length: 1, label: 'B', tone: 'work' },
      { row: 0, start: 5, length: 1, label: '✓', tone: 'work' },
    ], t('While the disk works, other requests are served.')),
  ].join('');
}

/** A dropped promise: the function returns, the rejection arrives later with nobody listening. */
function droppedPromise(): string {
  const t = vscode.l10n.t;
  return timeline(t('A promise nobody awaits'), [t('your function'), t('the promise'), 'try / catch'], [
    { row: 0, start: 0, length: 2, label: t('returns'), tone: 'work' },
    { row: 1, start: 0, length: 6, label: t('still running…'), tone: 'wait' },
    { row: 1, start: 6, length: 2, label: t('rejects'), tone: 'lost' },
    { row: 2, start: 0, length: 2, label: t('already left'), tone: 'work' },
  ], t('The function is gone when the promise fails: the error escapes every try/catch.'));
}

/** forEach calls each async callback and returns at once. */
function unawaitedCallbacks(): string {
  const t = vscode.l10n.t;
  return timeline(t('items.forEach(async …)'), ['forEach', t('callback 1'), t('callback 2'), t('your next line')], [
    { row: 0, start: 0, length: 1, label: t('returns'), tone: 'work' },
    { row: 1, start: 0, length: 5, label: t('saving…'), tone: 'wait' },
    { row: 2, start: 0, length: 6, label: t('saving…'), tone: 'wait' },
    { row: 3, start: 1, length: 2, label: t('runs too early'), tone: 'lost' },
  ], t('forEach does not wait for promises: the code after it runs before anything is saved.'));
}

const DIAGRAMS: Record<string, () => string> = {
  'asyncwise/prefer-promise-all': sequentialVsConcurrent,
  'asyncwise/no-blocking-in-async': blockedEventLoop,
  'asyncwise/no-floating-promises': droppedPromise,
  'asyncwise/no-async-array-callback': unawaitedCallbacks,
};

export function diagramFor(ruleId: string): string {
  return DIAGRAMS[ruleId]?.() ?? '';
}
