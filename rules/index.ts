import type { TSESLint } from '@typescript-eslint/utils';
import { name as packageName, version } from './package.json';
import { pythonLanguage } from '../languages/python/language';
import { javascriptRules, pythonRules, rules, type JavaScriptRuleName, type RuleName } from './rule-list';

export { rules };

type Severity = 'error' | 'warn';

function severityOf(name: RuleName): Severity {
  return rules[name].meta.type === 'problem' ? 'error' : 'warn';
}

/** The JavaScript/TypeScript rules `include` accepts, at their default severity. */
function ruleSet(include: (name: JavaScriptRuleName) => boolean): Record<string, Severity> {
  const names = (Object.keys(javascriptRules) as JavaScriptRuleName[]).filter(include);
  return Object.fromEntries(names.map((name) => [`asyncwise/${name}`, severityOf(name)]));
}

const pythonRuleSet = Object.fromEntries(
  (Object.keys(pythonRules) as RuleName[])
    .filter((name) => rules[name].meta.docs?.recommended === true)
    .map((name) => [`asyncwise/${name}`, severityOf(name)]),
);

const plugin = {
  meta: { name: packageName, version },
  rules: rules as unknown as Record<string, TSESLint.LooseRuleDefinition>,
  languages: { python: pythonLanguage },
  configs: {} as Record<string, TSESLint.FlatConfig.Config>,
};

plugin.configs = {
  /** Rules that work from syntax alone; with type information they get sharper. */
  recommended: {
    name: 'asyncwise/recommended',
    plugins: { asyncwise: plugin },
    rules: ruleSet((name) => javascriptRules[name].meta.docs?.recommended === true && javascriptRules[name].meta.docs.requiresTypeChecking !== true),
  },
  /** The recommended rules plus those that need a TypeScript program. */
  'recommended-type-checked': {
    name: 'asyncwise/recommended-type-checked',
    plugins: { asyncwise: plugin },
    rules: ruleSet((name) => javascriptRules[name].meta.docs?.recommended === true),
  },
  /** Every JavaScript/TypeScript rule. */
  all: {
    name: 'asyncwise/all',
    plugins: { asyncwise: plugin },
    rules: ruleSet(() => true),
  },
  /** Python files, parsed by the plugin's own Python language; complete on its own. */
  'recommended-python': {
    name: 'asyncwise/recommended-python',
    files: ['**/*.py', '**/*.pyi'],
    plugins: { asyncwise: plugin },
    language: 'asyncwise/python',
    rules: pythonRuleSet,
  },
};

export default plugin;
