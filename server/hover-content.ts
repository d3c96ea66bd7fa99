import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver';
import { codeBlocks, explainerFor, firstParagraph } from '../engine/explainer';
import { CONCEPT_TITLES, conceptsOfRule, conceptUrl } from '../rules/concepts';
import type { Locale } from '../rules/explainers';
import type { AsyncwiseDiagnostic } from './diagnostics';
import { t } from './l10n';

/** Hovers stay readable: longer sections are cut at a paragraph boundary. */
const MAX_SECTION_CHARS = 700;

/**
 * The hover for one finding: the rule's explainer cut to what fits, with the before/after made
 * from the user's own code when the finding has an edit, else the explainer's own example.
 */
export function hoverMarkdown(diagnostic: AsyncwiseDiagnostic, document: TextDocument, locale: Locale): string {
  const rule = diagnostic.data.ruleId.replace(/^asyncwise\//, '');
  const explainer = explainerFor(rule, locale);
  const url = diagnostic.codeDescription?.href ?? '';
  // The editor shows the finding's message above the hover already; start with what it means.
  if (!explainer) return `**${diagnostic.data.ruleId}**`;
  const parts = [`**${diagnostic.data.ruleId}** — ${explainer.summary}`, cut(firstParagraph(explainer.sections.why))];
  parts.push(beforeAfter(diagnostic, document, locale) ?? exampleFromExplainer(explainer.sections, locale));
  const fixes = cut(explainer.sections.fixes);
  if (fixes) parts.push(fixes);
  parts.push([`[${t(locale, 'readMore')}](${url})`, ...conceptLink(rule, locale), t(locale, 'quickFixHint')].join(' · '));
  return parts.filter((part) => part.length > 0).join('\n\n');
}

/** The concept page behind the rule, on GitHub: the same page the panel and the docs show. */
function conceptLink(rule: string, locale: Locale): string[] {
  const [concept] = conceptsOfRule(rule);
  return concept ? [`${t(locale, 'concept')} [${CONCEPT_TITLES[concept][locale]}](${conceptUrl(concept, locale)})`] : [];
}

export function beforeAfter(diagnostic: AsyncwiseDiagnostic, document: TextDocument, locale: Locale): string | undefined {
  const proposal = diagnostic.data.fix ?? diagnostic.data.suggestions[0];
  if (!proposal) return undefined;
  const lines = { start: diagnostic.range.start.line, end: diagnostic.range.end.line };
  const local = proposal.edits.filter((edit) => edit.range.start.line >= lines.start && edit.range.end.line <= lines.end);
  if (local.length === 0) return undefined;
  const before = linesOf(document, lines.start, lines.end);
  const after = applyEdits(before, lines.start, local);
  const language = document.languageId === 'python' ? 'python' : document.languageId.includes('typescript') ? 'ts' : 'js';
  const addsImport = local.length < proposal.edits.length;
  return [
    `**${t(locale, 'yourCode')}** — ${proposal.title}`,
    `${t(locale, 'before')}:\n\`\`\`${language}\n${dedent(before)}\n\`\`\``,
    `${t(locale, 'after')}:\n\`\`\`${language}\n${dedent(after)}\n\`\`\``,
    ...(addsImport ? [t(locale, 'alsoImport')] : []),
  ].join('\n\n');
}

function exampleFromExplainer(sections: { bad: string; good: string }, locale: Locale): string {
  const bad = codeBlocks(sections.bad)[0];
  const good = codeBlocks(sections.good)[0];
  if (!bad || !good) return '';
  return [
    `**${t(locale, 'example')}**`,
    `${t(locale, 'before')}:\n\`\`\`${bad.lang}\n${bad.code.trimEnd()}\n\`\`\``,
    `${t(locale, 'after')}:\n\`\`\`${good.lang}\n${good.code.trimEnd()}\n\`\`\``,
  ].join('\n\n');
}

function linesOf(document: TextDocument, start: number, end: number): string {
  const range: Range = { start: { line: start, character: 0 }, end: { line: end + 1, character: 0 } };
  return document.getText(range).replace(/\r?\n$/, '');
}

/** Applies edits (positions in the whole document) to the excerpt that starts at `firstLine`. */
function applyEdits(excerpt: string, firstLine: number, edits: TextEdit[]): string {
  const lines = excerpt.split('\n');
  const offsetOf = (line: number, character: number): number =>
    lines.slice(0, line - firstLine).reduce((sum, text) => sum + text.length + 1, 0) + character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start.line, b.range.start.character) - offsetOf(a.range.start.line, a.range.start.character));
  let text = excerpt;
  for (const edit of sorted) {
    const start = offsetOf(edit.range.start.line, edit.range.start.character);
    const end = offsetOf(edit.range.end.line, edit.range.end.character);
    text = text.slice(0, start) + edit.newText + text.slice(end);
  }
  return text;
}

function dedent(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

function cut(section: string): string {
  if (section.length <= MAX_SECTION_CHARS) return section;
  const paragraphs = section.split(/\n\n/);
  let result = '';
  for (const paragraph of paragraphs) {
    if (result && result.length + paragraph.length > MAX_SECTION_CHARS) break;
    result = result ? `${result}\n\n${paragraph}` : paragraph;
  }
  return result.length > MAX_SECTION_CHARS ? `${result.slice(0, MAX_SECTION_CHARS).trimEnd()}…` : result;
}
