import type { PythonOptions } from '../engine/lint-config';
import { RULE_NAMES } from './rule-names';

/** Per-resource settings, read from the client's `asyncwise.*` configuration. */
export type RuleLevel = 'error' | 'warn' | 'info' | 'hint' | 'off';

export interface Settings {
  enable: boolean;
  /** `auto`: use a TypeScript program where a tsconfig/jsconfig covers the file. */
  typeAware: 'auto' | 'off';
  /** Per-rule level, by rule name without the `asyncwise/` prefix. */
  rules: Record<string, RuleLevel>;
  /** Lint while typing, or only when the file is saved. */
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** Files larger than this many bytes are not linted. */
  maxFileSize: number;
  explainOnHover: boolean;
  python: PythonOptions;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  typeAware: 'auto',
  rules: {},
  run: 'onType',
  // A lint starts at once when none runs for the file; edits made meanwhile are linted together
  // right after it. A positive value waits for a pause in typing as well.
  debounceMs: 0,
  maxFileSize: 1_000_000,
  explainOnHover: true,
  python: { blockingCalls: {} },
};

const LEVELS = new Set<RuleLevel>(['error', 'warn', 'info', 'hint', 'off']);

/**
 * Settings from whatever the client sent: unknown or malformed values fall back to defaults. A
 * rule name that is not one of ours (a typo, a rule of another linter) is left out and listed in
 * `unknownRules`, so that it can be said once; passed on, it would make ESLint refuse the whole
 * configuration and every finding would vanish.
 */
export function normalizeSettings(raw: unknown): Settings & { unknownRules: string[] } {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleLevel> = {};
  const unknownRules: string[] = [];
  if (typeof value.rules === 'object' && value.rules !== null) {
    for (const [key, level] of Object.entries(value.rules)) {
      const name = key.replace(/^asyncwise\//, '');
      if (!RULE_NAMES.has(name)) unknownRules.push(key);
      else if (LEVELS.has(level as RuleLevel)) rules[name] = level as RuleLevel;
    }
  }
  return {
    unknownRules,
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    typeAware: value.typeAware === 'off' ? 'off' : 'auto',
    rules,
    run: value.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: positiveNumber(value.debounceMs, DEFAULT_SETTINGS.debounceMs),
    maxFileSize: positiveNumber(value.maxFileSize, DEFAULT_SETTINGS.maxFileSize),
    explainOnHover: typeof value.explainOnHover === 'boolean' ? value.explainOnHover : DEFAULT_SETTINGS.explainOnHover,
    python: normalizePython(value.python),
  };
}

/**
 * `asyncwise.python.*`: a version like "3.11" (or `auto`: the project's pyproject.toml decides),
 * and string → string pairs of blocking calls.
 */
function normalizePython(raw: unknown): PythonOptions {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const targetVersion =
    typeof value.targetVersion === 'string' && /^3\.\d+$/.test(value.targetVersion) ? value.targetVersion : undefined;
  const blockingCalls: Record<string, string> = {};
  if (typeof value.blockingCalls === 'object' && value.blockingCalls !== null) {
    for (const [name, replacement] of Object.entries(value.blockingCalls)) {
      if (/^[\w.]+$/.test(name) && typeof replacement === 'string') blockingCalls[name] = replacement;
    }
  }
  return { ...(targetVersion ? { targetVersion } : {}), blockingCalls };
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** What the engine runs: info and hint still lint (as warnings); the editor shows them softer. */
export function engineSeverities(rules: Record<string, RuleLevel>): Record<string, 'error' | 'warn' | 'off'> {
  return Object.fromEntries(
    Object.entries(rules).map(([name, level]) => [name, level === 'info' || level === 'hint' ? 'warn' : level]),
  );
}
