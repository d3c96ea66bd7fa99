import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import { ProgramBackend } from './program-backend';
import { createTypeOracle, type TypeOracle } from './type-oracle';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** One oracle per linted file, shared by every rule, so what one rule learned another reuses. */
const oracles = new WeakMap<object, TypeOracle | null>();

/**
 * The type oracle for the file being linted, or undefined: without a tsconfig, with type
 * information off, or under another parser (ESLint's default espree for plain JS). Every rule
 * must work without it.
 */
export function typeOracle(context: Context): TypeOracle | undefined {
  const { sourceCode } = context;
  let oracle = oracles.get(sourceCode);
  if (oracle === undefined) {
    oracle = oracleFor(sourceCode.parserServices) ?? null;
    oracles.set(sourceCode, oracle);
  }
  return oracle ?? undefined;
}

function oracleFor(services: Context['sourceCode']['parserServices']): TypeOracle | undefined {
  if (!services?.program || !services.esTreeNodeToTSNodeMap || !services.tsNodeToESTreeNodeMap) return undefined;
  return createTypeOracle(new ProgramBackend(services as ParserServicesWithTypeInformation));
}
