// The timing picture of a concept page: the seconds its two demos measured, drawn as bars. One
// drawing for two places: inline in the panel in the theme's colors, and as an .svg file beside
// the Markdown page (fixed colors that read on light and dark backgrounds) for GitHub.
// No `vscode` import: the recorder script draws the files with it.
import type { ConceptLocale, ConceptSlug } from '../rules/concepts';
import { DEMOS, type DemoReport, type RowMark } from './demos';
import { escapeXml } from './html';

/** demos/timings.json: what `npx tsx scripts/record-demo-timings.ts` measured. */
export interface RecordedTimings {
  recorded: { date: string; node: string; python: string; cores: number };
  demos: Record<string, DemoReport>;
}

export type Palette = 'theme' | 'fixed';

const COLORS: Record<Palette, Record<RowMark | 'text' | 'muted', string>> = {
  theme: {
    slow: 'var(--vscode-charts-red)',
    fast: 'var(--vscode-charts-green)',
    note: 'var(--vscode-charts-foreground, var(--vscode-descriptionForeground))',
    text: 'var(--vscode-foreground)',
    muted: 'var(--vscode-descriptionForeground)',
  },
  fixed: { slow: '#d1495b', fast: '#2a9d5c', note: '#8a8f98', text: '#808080', muted: '#808080' },
};

const CAPTION: Record<ConceptLocale, (recorded: RecordedTimings['recorded']) => string[]> = {
  en: (r) => [`Measured by the demos on ${r.date} · Node.js ${r.node} · Python ${r.python} · ${r.cores} cores.`,
    'Run them to see the figures of your own machine.'],
  ko: (r) => [`${r.date}에 데모로 잰 시간 · Node.js ${r.node} · Python ${r.python} · 코어 ${r.cores}개.`,
    '직접 실행하면 내 컴퓨터에서 잰 숫자를 볼 수 있습니다.'],
};

const WIDTH = 460;
const BAR_WIDTH = 360;
/** A row: its label on one line, its bar with the seconds below it (narrow panels stay readable). */
const LABEL_LINE = 16;
const BAR_LINE = 18;

/** The picture for a page, or '' when the demos have no recorded figures. */
export function timingSvg(slug: ConceptSlug, locale: ConceptLocale, timings: RecordedTimings, palette: Palette): string {
  const colors = COLORS[palette];
  const groups = DEMOS.filter((demo) => demo.concept === slug)
    .map((demo) => ({ language: demo.language === 'js' ? 'JavaScript' : 'Python', report: timings.demos[demo.file] }))
    .filter((group): group is { language: string; report: DemoReport } => group.report !== undefined);
  if (groups.length === 0) return '';
  const longest = Math.max(...groups.flatMap((group) => group.report.rows.map((row) => row.seconds)));
  const parts: string[] = [];
  let y = 0;
  for (const group of groups) {
    y += 16;
    parts.push(`<text x="0" y="${y}" fill="${colors.text}" font-weight="600">${escapeXml(group.language)}</text>`);
    y += 16;
    parts.push(`<text x="0" y="${y}" fill="${colors.muted}">${escapeXml(group.report.title[locale])}</text>`);
    y += 4;
    for (const row of group.report.rows) {
      const bar = Math.max(2, Math.round((row.seconds / longest) * BAR_WIDTH));
      const mark = { slow: '✗', fast: '✓', note: '·' }[row.mark];
      y += LABEL_LINE;
      parts.push(`<text x="8" y="${y - 3}" fill="${colors.text}">${escapeXml(`${mark} ${row.label[locale]}`)}</text>`);
      parts.push(
        `<rect x="8" y="${y + 1}" width="${bar}" height="${BAR_LINE - 6}" rx="3" fill="${colors[row.mark]}"/>`,
        `<text x="${bar + 14}" y="${y + 11}" fill="${colors.text}">${row.seconds.toFixed(2)} s</text>`,
      );
      y += BAR_LINE;
    }
    y += 10;
  }
  for (const line of CAPTION[locale](timings.recorded)) {
    y += 14;
    parts.push(`<text x="0" y="${y}" fill="${colors.muted}" font-size="10.5">${escapeXml(line)}</text>`);
  }
  const height = y + 6;
  const label = groups.map((group) => group.report.title[locale]).join(' / ');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(label)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', sans-serif" font-size="12">${parts.join('')}</svg>`;
}

/** Where the page's Markdown points for its picture (relative to docs/concepts/). */
export function timingImagePath(slug: ConceptSlug, locale: ConceptLocale): string {
  return locale === 'ko' ? `images/${slug}.ko.svg` : `images/${slug}.svg`;
}
