import type { Locale } from '../../rules/explainers';

/** What every report format may need besides the results. */
export interface FormatContext {
  /** The folder the command ran in: paths in the report are relative to it. */
  cwd: string;
  /** The linter's version, for reports that name their tool. */
  version: string;
  /** The language of explanations in the report. */
  locale: Locale;
}
