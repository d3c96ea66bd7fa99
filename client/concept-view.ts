// What the panel shows for a concept page: the page's Markdown with its timing picture drawn
// inline from the recorded figures, its links turned into panel commands, a language switch and
// links to the other pages.
import { CONCEPT_SLUGS, CONCEPT_TITLES, conceptUrl, type ConceptLocale, type ConceptSlug } from '../rules/concepts';
import { CONCEPT_MARKDOWN, RECORDED_TIMINGS } from './concept-sources';
import { commandUri, rewriteLinks } from './panel-links';
import { timingSvg } from './timing-chart';

/** The picture line of a page: `![...](images/<slug>.svg)`. */
const PICTURE_LINE = /^!\[[^\]]*\]\(images\/[\w.-]+\.svg\)$/m;
const DECLARATION_LINE = /^<!-- asyncwise: .* -->\n/gm;

const NAV_LABELS: Record<ConceptLocale, { other: string; github: string }> = {
  en: { other: 'More pages', github: 'This page on GitHub' },
  ko: { other: '다른 글', github: 'GitHub에서 이 글 보기' },
};

/** The page as Markdown parts around its picture, plus the picture (inline SVG, theme colors). */
export function conceptParts(slug: ConceptSlug, locale: ConceptLocale): { header: string; before: string; picture: string; after: string } {
  const page = CONCEPT_MARKDOWN[slug][locale].replace(/\r\n/g, '\n').replace(DECLARATION_LINE, '');
  const match = PICTURE_LINE.exec(page);
  const cut = match ? match.index : page.length;
  const before = page.slice(0, cut);
  const after = match ? page.slice(cut + match[0].length) : '';
  const switchTo = (target: ConceptLocale, label: string): string =>
    target === locale ? `**${label}**` : `[${label}](${commandUri('asyncwise.openConcept', [slug, target])})`;
  const others = CONCEPT_SLUGS.filter((other) => other !== slug)
    .map((other) => `[${CONCEPT_TITLES[other][locale]}](${commandUri('asyncwise.openConcept', [other, locale])})`)
    .join(' · ');
  const labels = NAV_LABELS[locale];
  return {
    header: `${switchTo('en', 'English')} · ${switchTo('ko', '한국어')}`,
    before: rewriteLinks(before, 'docs/concepts', locale),
    picture: timingSvg(slug, locale, RECORDED_TIMINGS, 'theme'),
    after: `${rewriteLinks(after, 'docs/concepts', locale)}\n\n---\n\n${labels.other}: ${others}\n\n[${labels.github}](${conceptUrl(slug, locale)})\n`,
  };
}
