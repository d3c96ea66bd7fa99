import type { Linter } from 'eslint';
import type { AsyncwiseDocs } from '../rules/create-rule';
import { typescriptEslintParser, untypedParser } from '../languages/javascript/parser';
import plugin from '../rules/index';
import { javascriptRules, pythonRules, rules as ruleModules, type RuleName } from '../rules/rule-list';

import { JAVASCRIPT_EXTENSIONS, LINTED_EXTENSIONS, PYTHON_EXTENSIONS } from './extensions';

export { LINTED_EXTENSIONS };

export interface EngineOptions {
  /** Folder the project service resolves tsconfig files from (workspace or linted folder). */
  rootDir: string;
  /** Severity per rule id without the `asyncwise/` prefix; rules not named use the recommended preset. */
  ruleSeverities?: Record<string, 'error' | 'warn' | 'off'>;
  /**
   * An editor session: files change and are linted again, so TypeScript's programs must follow
   * the edits. typescript-eslint otherwise guesses from `CI=true` that it runs once.
   */
  longRunning?: boolean;
  python?: PythonOptions;
}

/** What Python rules need to know of the project (the editor's `asyncwise.python.*` settings). */
export interface PythonOptions {
  /**
   * The oldest Python the code must run on, e.g. "3.11" (decides py-timeout-error). Unset: what the
   * file's project declares (engine/python-target.ts), else DEFAULT_PYTHON_TARGET, assumed.
   */
  targetVersion?: string;
  /** More blocking calls for py-blocking-in-async: qualified name → its async replacement. */
  blockingCalls?: Record<string, string>;
}

/**
 * `typed`: with a TypeScript program. `untyped`: from syntax (no project covers the file, or type
 * information is off). `early`: from syntax, only the rules whose findings types can never
 * withdraw, shown while the program is still being built.
 */
export type LintMode = 'typed' | 'untyped' | 'early';

function ruleSettings(options: EngineOptions, mode: LintMode): Linter.RulesRecord {
  const preset = plugin.configs[mode === 'untyped' ? 'recommended' : 'recommended-type-checked']?.rules ?? {};
  const rules: Linter.RulesRecord = { ...(preset as Linter.RulesRecord) };
  for (const [name, severity] of Object.entries(options.ruleSeverities ?? {})) {
    if (Object.hasOwn(javascriptRules, name)) rules[`asyncwise/${name}`] = severity;
  }
  if (mode === 'early') {
    for (const id of Object.keys(rules)) {
      const rule = ruleModules[id.replace(/^asyncwise\//, '') as RuleName] as { meta: { docs?: AsyncwiseDocs } } | undefined;
      if (rule?.meta.docs?.typesOnlyAdd !== true) delete rules[id];
    }
  }
  return rules;
}

/**
 * The flat config the engine lints with. Only Asyncwise's own rules run, and no config or plugin
 * is loaded from the project, so linting an untrusted folder runs none of its code.
 */
export function createLintConfig(options: EngineOptions, mode: LintMode): Linter.Config[] {
  const typed = mode === 'typed';
  return [
    {
      files: JAVASCRIPT_EXTENSIONS.map((extension) => `**/*${extension}`),
      plugins: { asyncwise: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      languageOptions: {
        parser: (typed ? typescriptEslintParser : untypedParser) as unknown as Linter.Parser,
        sourceType: 'module',
        parserOptions: {
          ecmaFeatures: { jsx: true },
          tsconfigRootDir: options.rootDir,
          ...(typed ? { projectService: true } : {}),
          ...(options.longRunning ? { disallowAutomaticSingleRunInference: true } : {}),
        },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules: ruleSettings(options, mode),
    },
    {
      files: ['**/*.cjs'],
      languageOptions: { sourceType: 'commonjs' },
    },
    pythonConfig(options),
  ];
}

export const DEFAULT_PYTHON_TARGET = '3.11';

/** Python files: the plugin's Python language; every Python rule works from syntax, in every mode. */
function pythonConfig(options: EngineOptions): Linter.Config {
  const rules: Linter.RulesRecord = { ...(plugin.configs['recommended-python']?.rules as Linter.RulesRecord) };
  for (const [name, severity] of Object.entries(options.ruleSeverities ?? {})) {
    // `hasOwn`, not `in`: a setting named `constructor` is no rule.
    if (Object.hasOwn(pythonRules, name)) rules[`asyncwise/${name}`] = severity;
  }
  const blockingCalls = options.python?.blockingCalls ?? {};
  const blocking = rules['asyncwise/py-blocking-in-async'];
  if (blocking && blocking !== 'off' && Object.keys(blockingCalls).length > 0) {
    rules['asyncwise/py-blocking-in-async'] = [blocking as Linter.RuleSeverity, { blockingCalls }];
  }
  return {
    files: PYTHON_EXTENSIONS.map((extension) => `**/*${extension}`),
    plugins: { asyncwise: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    language: 'asyncwise/python',
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    settings: {
      asyncwise: {
        // An assumed target is good enough to report by, not to rewrite code by (py-timeout-error fixes only a declared one).
        python: { targetVersion: options.python?.targetVersion ?? DEFAULT_PYTHON_TARGET, targetAssumed: options.python?.targetVersion === undefined },
      },
    },
    rules,
  };
}
