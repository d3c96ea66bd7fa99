import type { TextDocument } from 'vscode-languageserver-textdocument';
import { explainerFor } from '../engine/explainer';
import type { Locale } from '../rules/explainers';
import type { AsyncwiseDiagnostic } from './diagnostics';
import { beforeAfter } from './hover-content';

/** `asyncwise/explain`: the whole explainer for the finding at a position, for the explainer panel. */
export const EXPLAIN_REQUEST = 'asyncwise/explain';

export interface ExplainParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

export interface ExplainResult {
  ruleId: string;
  /** The finding's one-line message. */
  message: string;
  /** The rule's explainer (Markdown), in the client's language. */
  markdown: string;
  /** The before/after made from the user's own code, when the finding has an edit. */
  yourCode?: string;
  docsUrl: string;
}

export function explainFinding(diagnostic: AsyncwiseDiagnostic, document: TextDocument, locale: Locale): ExplainResult | undefined {
  const rule = diagnostic.data.ruleId.replace(/^asyncwise\//, '');
  const explainer = explainerFor(rule, locale);
  if (!explainer) return undefined;
  const yourCode = beforeAfter(diagnostic, document, locale);
  const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
  return {
    ruleId: diagnostic.data.ruleId,
    message,
    markdown: explainer.markdown,
    ...(yourCode ? { yourCode } : {}),
    docsUrl: diagnostic.codeDescription?.href ?? '',
  };
}
