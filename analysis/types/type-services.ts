import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';

/**
 * The TypeScript program behind the file, or undefined: without a tsconfig, with type
 * information off, or under another parser (ESLint's default espree for plain JS). Unlike
 * typescript-eslint's getParserServices, never throws: every rule must work without types.
 */
export function typeServices(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): ParserServicesWithTypeInformation | undefined {
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap || !services.tsNodeToESTreeNodeMap) return undefined;
  return services as ParserServicesWithTypeInformation;
}
