import * as tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import plugin from '../rules/index';

/** The file kinds Asyncwise lints. */
export const LINTED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

export interface EngineOptions {
  /** Folder the project service resolves tsconfig files from (workspace or linted folder). */
  rootDir: string;
  /** Severity per rule id without the `asyncwise/` prefix; rules not named use the recommended preset. */
  ruleSeverities?: Record<string, 'error' | 'warn' | 'off'>;
}

function ruleSettings(options: EngineOptions, typed: boolean): Linter.RulesRecord {
  const preset = plugin.configs[typed ? 'recommended-type-checked' : 'recommended']?.rules ?? {};
  const rules: Linter.RulesRecord = { ...(preset as Linter.RulesRecord) };
  for (const [name, severity] of Object.entries(options.ruleSeverities ?? {})) {
    rules[`asyncwise/${name}`] = severity;
  }
  return rules;
}

/**
 * The flat config the engine lints with. Only Asyncwise's own rules run, and no config or plugin
 * is loaded from the project, so linting an untrusted folder runs none of its code.
 */
export function createLintConfig(options: EngineOptions, typed: boolean): Linter.Config[] {
  return [
    {
      files: LINTED_EXTENSIONS.map((extension) => `**/*${extension}`),
      plugins: { asyncwise: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      languageOptions: {
        parser: tsParser as unknown as Linter.Parser,
        sourceType: 'module',
        parserOptions: {
          ecmaFeatures: { jsx: true },
          tsconfigRootDir: options.rootDir,
          ...(typed ? { projectService: true } : {}),
        },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules: ruleSettings(options, typed),
    },
    {
      files: ['**/*.cjs'],
      languageOptions: { sourceType: 'commonjs' },
    },
  ];
}
