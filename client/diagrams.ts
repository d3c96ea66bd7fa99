import koreanBundle from '../l10n/bundle.l10n.ko.json';
import type { ConceptLocale } from '../rules/concepts';
import { drawRulePicture } from './rule-pictures';

const KOREAN: Record<string, string> = koreanBundle;

/**
 * The explainer panel's timeline picture for a finding's rule, labelled in the panel's language
 * (`asyncwise.locale`, like the text around it); '' for a rule without a picture. The pictures
 * themselves live in `rule-pictures.ts`, free of `vscode`, so unit tests draw them.
 */
export function diagramFor(ruleId: string, locale: ConceptLocale): string {
  return drawRulePicture(ruleId, (text) => (locale === 'ko' ? (KOREAN[text] ?? text) : text));
}
