import { ESLintUtils } from '@typescript-eslint/utils';

export const DOCS_BASE_URL = 'https://github.com/asyncwise/asyncwise/blob/main/rules';

/** Extra `meta.docs` fields every Asyncwise rule declares. */
export interface AsyncwiseDocs {
  /** In `configs.recommended` (and so shown by the editor by default). */
  recommended: boolean;
  /** Needs type information to be useful; without it the rule falls back to syntax. */
  requiresTypeChecking?: boolean;
  /**
   * Type information can add findings but never withdraws one found from syntax. The editor
   * shows such a rule's syntactic findings at once, before TypeScript has built the program.
   */
  typesOnlyAdd?: boolean;
}

export const docsUrl = (ruleName: string): string => `${DOCS_BASE_URL}/${ruleName}/${ruleName}.md`;

export const createRule = ESLintUtils.RuleCreator<AsyncwiseDocs>(docsUrl);
