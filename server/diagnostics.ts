import type { Rule } from 'eslint';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineMessage } from '../engine/lint-text';
import { docsUrl } from '../rules/docs-url';
import type { RuleLevel } from './settings';

export const DIAGNOSTIC_SOURCE = 'asyncwise';

/** An edit the user can apply, in the positions of the linted version. */
export interface EditProposal {
  title: string;
  edits: TextEdit[];
}

/** Carried in `Diagnostic.data`, so code actions need no server-side cache. */
export interface FindingData {
  ruleId: string;
  /** The document version the positions below belong to. */
  version: number;
  fix?: EditProposal;
  suggestions: EditProposal[];
  /** "Disable for this line": placed by the engine, which knows the syntax around the finding. */
  suppression?: TextEdit;
}

export type AsyncwiseDiagnostic = Omit<Diagnostic, 'data'> & { data: FindingData };

const SEVERITY: Record<Exclude<RuleLevel, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Levels the editor uses when the user set none. `await` in a plain `def` is a syntax error that
 * Python's own language server already underlines; ours only carries the fix, so it stays a hint.
 */
const EDITOR_DEFAULT_LEVELS: Record<string, RuleLevel> = { 'py-await-outside-async': 'hint' };

/** Rules whose findings mark code that does nothing useful (shown faded where editors support it). */
const UNNECESSARY_RULES = new Set<string>();

export function toDiagnostic(
  message: EngineMessage,
  document: TextDocument,
  levels: Record<string, RuleLevel>,
): AsyncwiseDiagnostic | undefined {
  if (!message.ruleId?.startsWith('asyncwise/')) return undefined;
  const ruleName = message.ruleId.slice('asyncwise/'.length);
  const level = levels[ruleName] ?? EDITOR_DEFAULT_LEVELS[ruleName] ?? (message.severity === 2 ? 'error' : 'warn');
  if (level === 'off') return undefined;
  const start = { line: message.line - 1, character: message.column - 1 };
  const end = message.endLine === undefined
    ? { line: start.line, character: start.character + 1 }
    : { line: message.endLine - 1, character: (message.endColumn ?? message.column) - 1 };
  const toEdit = (fix: Rule.Fix): TextEdit => ({
    range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) },
    newText: fix.text,
  });
  const diagnostic: AsyncwiseDiagnostic = {
    range: { start, end },
    message: message.message,
    severity: SEVERITY[level],
    source: DIAGNOSTIC_SOURCE,
    code: message.ruleId,
    codeDescription: { href: docsUrl(ruleName) },
    data: {
      ruleId: message.ruleId,
      version: document.version,
      ...(message.fix ? { fix: { title: `Fix: ${message.message}`, edits: [toEdit(message.fix)] } } : {}),
      suggestions: (message.suggestions ?? []).map((suggestion) => ({
        title: suggestion.desc,
        edits: [toEdit(suggestion.fix)],
      })),
      ...(message.suppression ? { suppression: toEdit(message.suppression) } : {}),
    },
  };
  if (UNNECESSARY_RULES.has(ruleName)) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function isAsyncwiseDiagnostic(diagnostic: Diagnostic): diagnostic is AsyncwiseDiagnostic {
  const data = diagnostic.data as Partial<FindingData> | undefined;
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof data?.ruleId === 'string' && typeof data.version === 'number';
}
