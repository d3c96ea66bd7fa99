import { ESLintUtils } from '@typescript-eslint/utils';
import { docsUrl } from './docs-url';

export { DOCS_BASE_URL, docsUrl } from './docs-url';

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


export const createRule = ESLintUtils.RuleCreator<AsyncwiseDocs>(docsUrl);
