/**
 * The Python version a project targets, from `settings.asyncwise.python.targetVersion` (a string
 * such as "3.11"; "3.11" when absent). Rules whose advice depends on the version ask here.
 */
const DEFAULT_TARGET = '3.11';

export interface PythonVersion {
  major: number;
  minor: number;
}

/** The configured target, or undefined when the setting is not a `major.minor` version. */
export function pythonTargetVersion(settings: unknown): PythonVersion | undefined {
  const configured = readSetting(settings) ?? DEFAULT_TARGET;
  const match = /^\s*(\d+)\.(\d+)/.exec(configured);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** Whether the target is at least `major.minor`; false when the setting cannot be read (stay silent). */
export function targetsAtLeast(settings: unknown, major: number, minor: number): boolean {
  const target = pythonTargetVersion(settings);
  if (!target) return false;
  return target.major > major || (target.major === major && target.minor >= minor);
}

/**
 * Whether the target was declared (a setting, or the project's files) rather than assumed: an
 * assumed one is enough to report by, not to rewrite code by. Without the engine's settings (the
 * ESLint plugin in a user's config, no target set) it is assumed.
 */
export function targetDeclared(settings: unknown): boolean {
  const python = (settings as { asyncwise?: { python?: { targetVersion?: unknown; targetAssumed?: unknown } } } | undefined)?.asyncwise?.python;
  return typeof python?.targetVersion === 'string' && python.targetAssumed !== true;
}

function readSetting(settings: unknown): string | undefined {
  const asyncwise = (settings as { asyncwise?: { python?: { targetVersion?: unknown } } } | undefined)?.asyncwise;
  const value = asyncwise?.python?.targetVersion;
  return typeof value === 'string' ? value : undefined;
}
