import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../rules/explainers';
import { isAsyncwiseDiagnostic, type AsyncwiseDiagnostic, type EditProposal } from './diagnostics';
import { t } from './l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.asyncwise`;
export const OPEN_DOCS_COMMAND = 'asyncwise.openDocumentation';

/** Edits tied to the document version they were computed for: a stale edit is refused by the editor. */
function versionedEdit(document: TextDocument, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: document.uri, version }, edits }] };
}

/**
 * The quick fixes for the findings in the request: the fix (preferred), each suggestion,
 * "disable for this line" and "show documentation". Findings from an older version of the
 * document get none: their positions no longer match the text.
 */
export function quickFixes(document: TextDocument, diagnostics: Diagnostic[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics.filter(isAsyncwiseDiagnostic)) {
    if (diagnostic.data.version !== document.version) continue;
    const proposals: [EditProposal, boolean][] = [
      ...(diagnostic.data.fix ? [[diagnostic.data.fix, true] as [EditProposal, boolean]] : []),
      ...diagnostic.data.suggestions.map((suggestion) => [suggestion, false] as [EditProposal, boolean]),
    ];
    for (const [proposal, preferred] of proposals) {
      actions.push({
        title: proposal.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred,
        edit: versionedEdit(document, document.version, proposal.edits),
      });
    }
    const disable = disableForLine(document, diagnostic, locale);
    if (disable) actions.push(disable);
    actions.push(showDocumentation(diagnostic, locale));
  }
  return actions;
}

function disableForLine(document: TextDocument, diagnostic: AsyncwiseDiagnostic, locale: Locale): CodeAction | undefined {
  const edit = diagnostic.data.suppression;
  if (!edit) return undefined;
  return {
    title: t(locale, 'disableLine', diagnostic.data.ruleId),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, document.version, [edit]),
  };
}

function showDocumentation(diagnostic: AsyncwiseDiagnostic, locale: Locale): CodeAction {
  const title = t(locale, 'showDocs', diagnostic.data.ruleId);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: OPEN_DOCS_COMMAND, arguments: [diagnostic.codeDescription?.href ?? ''] },
  };
}

/**
 * `source.fixAll.asyncwise`: every safe fix (never a suggestion) of the current findings, skipping
 * fixes that overlap one already taken.
 */
export function fixAllAction(document: TextDocument, diagnostics: AsyncwiseDiagnostic[], locale: Locale): CodeAction | undefined {
  const edits: TextEdit[] = [];
  const taken: [number, number][] = [];
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.data.fix;
    if (!fix || diagnostic.data.version !== document.version) continue;
    const spans = fix.edits.map((edit): [number, number] => [document.offsetAt(edit.range.start), document.offsetAt(edit.range.end)]);
    if (spans.some(([start, end]) => taken.some(([from, to]) => start < to && from < end))) continue;
    taken.push(...spans);
    edits.push(...fix.edits);
  }
  if (edits.length === 0) return undefined;
  return {
    title: t(locale, 'fixAll'),
    kind: FIX_ALL_KIND,
    edit: versionedEdit(document, document.version, edits),
  };
}
