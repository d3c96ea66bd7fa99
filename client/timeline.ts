import { escapeXml } from './html';

/**
 * Timeline pictures for the explainer panel, drawn as inline SVG in the theme's own colors (the
 * webview's CSS variables), so they read in light, dark and high-contrast themes alike. No
 * `vscode` import: the pictures take their translator, so unit tests can draw them too.
 */
export interface Bar {
  row: number;
  start: number;
  length: number;
  label: string;
  tone: 'work' | 'wait' | 'blocked' | 'lost';
}

export interface Timeline {
  title: string;
  rows: string[];
  bars: Bar[];
  caption: string;
}

/** `vscode.l10n.t` in the extension; the Korean bundle or the identity in tests. */
export type Translate = (text: string) => string;

/** A rule's picture: one or more timelines, usually the wrong way above the right one. */
export type Picture = (t: Translate) => Timeline[];

const TONES: Record<Bar['tone'], string> = {
  work: 'var(--vscode-charts-blue)',
  wait: 'var(--vscode-charts-green)',
  blocked: 'var(--vscode-charts-red)',
  lost: 'var(--vscode-charts-orange)',
};

export const UNIT = 34;
export const ROW = 30;
export const LEFT = 150;
/** Time units on the axis: every bar ends at or before this. */
export const UNITS = 12;

export function drawTimeline({ title, rows, bars, caption }: Timeline): string {
  const width = LEFT + UNITS * UNIT + 20;
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

/**
 * Three independent 1 s waits, one after another and then together: the picture of
 * `prefer-promise-all` and `py-prefer-gather`, which differ only in the calls and the API's name.
 */
export function oneAfterAnotherVsTogether(t: Translate, calls: string[], togetherTitle: string): Timeline[] {
  const wait = (row: number, start: number): Bar => ({ row, start, length: 3, label: '1 s', tone: 'wait' });
  return [
    {
      title: t('One after another: 3 s'),
      rows: calls,
      bars: [wait(0, 0), wait(1, 3), wait(2, 6)],
      caption: t('Each await starts only when the one before has finished: the durations add up.'),
    },
    {
      title: togetherTitle,
      rows: calls,
      bars: [wait(0, 0), wait(1, 0), wait(2, 0)],
      caption: t('All three wait at the same time: the whole takes as long as the slowest.'),
    },
  ];
}

interface Way {
  title: string;
  caption: string;
}

/**
 * One blocking call holding the event loop, then its awaited form leaving the loop free for two
 * other requests: the picture of `no-blocking-in-async` and `py-blocking-in-async`.
 */
export function blockedVsServing(t: Translate, blockingCall: string, blocked: Way, serving: Way): Timeline[] {
  const rows = [t('event loop'), t('request A'), t('request B')];
  return [
    {
      ...blocked,
      rows,
      bars: [
        { row: 0, start: 0, length: 5, label: blockingCall, tone: 'blocked' },
        { row: 1, start: 5, length: 1, label: 'A', tone: 'work' },
        { row: 2, start: 6, length: 1, label: 'B', tone: 'work' },
      ],
    },
    {
      ...serving,
      rows,
      bars: [
        { row: 0, start: 0, length: 1, label: '▶', tone: 'work' },
        { row: 0, start: 1, length: 4, label: t('loop is free'), tone: 'wait' },
        { row: 1, start: 1, length: 1, label: 'A', tone: 'work' },
        { row: 2, start: 2, length: 1, label: 'B', tone: 'work' },
        { row: 0, start: 5, length: 1, label: '✓', tone: 'work' },
      ],
    },
  ];
}
