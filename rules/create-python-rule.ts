import type { RuleContext, RuleDefinition, RulesMeta } from '@eslint/core';
import type { AsyncwiseDocs } from './create-rule';
import { docsUrl } from './docs-url';
import type { PythonSourceCode } from '../languages/python/source-code';
import type { PyNode } from '../languages/python/syntax-tree';

export const PYTHON_LANGUAGE_ID = 'asyncwise/python';

type PythonVisitor = Record<string, ((node: PyNode, parent: PyNode | null) => void) | undefined>;

export type PythonRuleContext<MessageIds extends string, Options extends unknown[]> = RuleContext<{
  LangOptions: Record<string, unknown>;
  Code: PythonSourceCode;
  RuleOptions: Options;
  Node: PyNode;
  MessageIds: MessageIds;
}>;

export interface PythonRule<MessageIds extends string = string, Options extends unknown[] = unknown[]>
  extends RuleDefinition<{
    LangOptions: Record<string, unknown>;
    Code: PythonSourceCode;
    RuleOptions: Options;
    Visitor: PythonVisitor;
    Node: PyNode;
    MessageIds: MessageIds;
    ExtRuleDocs: AsyncwiseDocs;
  }> {
  meta: RulesMeta<MessageIds, Options, AsyncwiseDocs> & { languages: string[]; docs: { url: string } };
  defaultOptions?: Options;
}

/**
 * A rule for `asyncwise/python`: docs URL from the rule's name (like createRule for JavaScript),
 * tied to the Python language so ESLint refuses it on other files, and the rule's default options
 * merged under the user's.
 */
export function createPythonRule<MessageIds extends string, Options extends unknown[]>(spec: {
  name: string;
  meta: Omit<RulesMeta<MessageIds, Options, AsyncwiseDocs>, 'docs' | 'defaultOptions'> & {
    docs: Omit<AsyncwiseDocs, 'requiresTypeChecking' | 'typesOnlyAdd'> & { description: string };
  };
  defaultOptions: Options;
  create: (context: PythonRuleContext<MessageIds, Options>) => PythonVisitor;
}): PythonRule<MessageIds, Options> {
  return {
    meta: {
      ...spec.meta,
      docs: { ...spec.meta.docs, url: docsUrl(spec.name) },
      defaultOptions: spec.defaultOptions,
      languages: [PYTHON_LANGUAGE_ID],
    },
    create: spec.create,
  };
}
