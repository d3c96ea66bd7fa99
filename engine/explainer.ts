import { explainers, type Locale } from '../rules/explainers';
import type { RuleName } from '../rules/rule-list';

/** The sections every explainer has, in this order (the Korean file uses its own headings). */
export const EXPLAINER_SECTIONS = ['why', 'bad', 'good', 'fixes', 'whenNotToUse'] as const;
export const ENGLISH_HEADINGS = ['Why', 'Bad', 'Good', 'Fixes', 'When not to use it'] as const;
export type SectionKey = (typeof EXPLAINER_SECTIONS)[number];

export interface Explainer {
  /** The whole explainer as written. */
  markdown: string;
  title: string;
  /** The one-paragraph summary under the title (`> ...`). */
  summary: string;
  sections: Record<SectionKey, string>;
  /** Sections after the required ones (Options, ...), by heading. */
  extra: { heading: string; body: string }[];
  headings: string[];
}

export function parseExplainer(markdown: string): Explainer {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const title = (lines.find((line) => line.startsWith('# ')) ?? '').slice(2).trim();
  const summary = lines
    .filter((line) => line.startsWith('> '))
    .map((line) => line.slice(2))
    .join(' ')
    .trim();
  const chunks: { heading: string; body: string[] }[] = [];
  let inFence = false;
  for (const line of lines) {
    if (line.startsWith('```')) inFence = !inFence;
    if (!inFence && line.startsWith('## ')) chunks.push({ heading: line.slice(3).trim(), body: [] });
    else chunks.at(-1)?.body.push(line);
  }
  const bodies = chunks.map((chunk) => ({ heading: chunk.heading, body: chunk.body.join('\n').trim() }));
  const sections = Object.fromEntries(
    EXPLAINER_SECTIONS.map((key, index) => [key, bodies[index]?.body ?? '']),
  ) as Record<SectionKey, string>;
  return { markdown, title, summary, sections, extra: bodies.slice(EXPLAINER_SECTIONS.length), headings: bodies.map((b) => b.heading) };
}

export function explainerFor(rule: string, locale: Locale): Explainer | undefined {
  const texts = explainers[rule as RuleName] as Record<Locale, string> | undefined;
  const text = texts?.[locale] ?? texts?.en;
  return text === undefined ? undefined : parseExplainer(text);
}

/** The fenced code blocks of a section, without their fences. */
export function codeBlocks(section: string): { lang: string; code: string }[] {
  const blocks: { lang: string; code: string }[] = [];
  const fence = /```(\w*)\n([\s\S]*?)```/g;
  for (let match = fence.exec(section); match; match = fence.exec(section)) {
    blocks.push({ lang: match[1] ?? '', code: match[2] ?? '' });
  }
  return blocks;
}

/** The first paragraph of a section (text up to the first blank line or code block). */
export function firstParagraph(section: string): string {
  const paragraph: string[] = [];
  for (const line of section.split('\n')) {
    if (line.trim() === '' || line.startsWith('```')) {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(line.trim());
  }
  return paragraph.join(' ');
}
