import manifest from '../package.json';

/**
 * The names `asyncwise.rules` accepts, from the extension manifest (a test keeps it equal to the
 * plugin's rule list): the server's main thread knows them without loading any rule.
 */
export const RULE_NAMES: ReadonlySet<string> = new Set(
  Object.keys(manifest.contributes.configuration.properties['asyncwise.rules'].properties),
);
