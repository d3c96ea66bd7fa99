import type { TSESLint } from '@typescript-eslint/utils';
import { name as packageName, version } from './package.json';
import { rules, type RuleName } from './rule-list';

export { rules };

type Severity = 'error' | 'warn';

/** Every rule, and whether the recommended presets turn it on. */
const ruleEntries = Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][];

function severityOf(name: RuleName): Severity {
  return rules[name].meta.type === 'problem' ? 'error' : 'warn';
}

function ruleSet(include: (name: RuleName) => boolean): Record<string, Severity> {
  return Object.fromEntries(
    ruleEntries.filter(([name]) => include(name)).map(([name]) => [`asyncwise/${name}`, severityOf(name)]),
  );
}

const plugin = {
  meta: { name: packageName, version },
  rules: rules as unknown as Record<string, TSESLint.LooseRuleDefinition>,
  configs: {} as Record<string, TSESLint.FlatConfig.Config>,
};

plugin.configs = {
  /** Rules that work from syntax alone; with type information they get sharper. */
  recommended: {
    name: 'asyncwise/recommended',
    plugins: { asyncwise: plugin },
    rules: ruleSet((name) => rules[name].meta.docs?.recommended === true && rules[name].meta.docs.requiresTypeChecking !== true),
  },
  /** The recommended rules plus those that need a TypeScript program. */
  'recommended-type-checked': {
    name: 'asyncwise/recommended-type-checked',
    plugins: { asyncwise: plugin },
    rules: ruleSet((name) => rules[name].meta.docs?.recommended === true),
  },
  all: {
    name: 'asyncwise/all',
    plugins: { asyncwise: plugin },
    rules: ruleSet(() => true),
  },
};

export default plugin;
