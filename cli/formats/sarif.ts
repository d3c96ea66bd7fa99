// SARIF 2.1.0, the format code scanning services read (GitHub's upload-sarif among them): one run
// of one tool, every rule with its help (the explainer, links made absolute) and its docs URL,
// every finding located relative to the folder the command ran in. Files that did not parse are
// reported as tool notifications, not as findings of a rule.
import type { ESLint, Linter } from 'eslint';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { explainerFor, firstParagraph } from '../../engine/explainer';
import { absoluteLinks, docsUrl, REPOSITORY_URL } from '../../rules/docs-url';
import type { Locale } from '../../rules/explainers';
import { rules, type RuleName } from '../../rules/rule-list';
import type { FormatContext } from './context';

/** The schema GitHub's documentation names for the SARIF it accepts. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: SarifRegion };
}

export function formatSarif(results: readonly ESLint.LintResult[], context: FormatContext): string {
  const ruleIds = Object.keys(rules) as RuleName[];
  const ruleIndex = new Map(ruleIds.map((name, index) => [`asyncwise/${name}`, index]));
  const findings = [];
  const notifications = [];
  for (const result of results) {
    const uri = artifactUri(result.filePath, context.cwd);
    for (const message of result.messages) {
      const location = locationOf(uri, message);
      const index = message.ruleId ? ruleIndex.get(message.ruleId) : undefined;
      if (index === undefined) {
        // A parse error or a message of no rule of ours: the tool could not check this place.
        notifications.push({ level: levelOf(message), message: { text: message.message }, locations: [location] });
        continue;
      }
      findings.push({ ruleId: message.ruleId, ruleIndex: index, level: levelOf(message), message: { text: message.message }, locations: [location] });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Asyncwise',
          version: context.version,
          semanticVersion: context.version,
          informationUri: REPOSITORY_URL,
          rules: ruleIds.map((name) => ruleDescriptor(name, context.locale)),
        },
      },
      // Relative URIs resolve against the folder the command ran in: the checkout root in CI.
      originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(context.cwd) } },
      invocations: [{ executionSuccessful: true, workingDirectory: { uri: folderUri(context.cwd) }, toolExecutionNotifications: notifications }],
      // ESLint counts columns in UTF-16 code units, as JavaScript strings do.
      columnKind: 'utf16CodeUnits',
      results: findings,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** What code scanning shows for a rule: its one-line description, the explainer as help, the docs page. */
function ruleDescriptor(name: RuleName, locale: Locale) {
  const meta = rules[name].meta;
  const description = meta.docs?.description ?? name;
  const explainer = explainerFor(name, locale);
  const url = docsUrl(name);
  const summary = explainer?.summary ?? description;
  const why = explainer ? firstParagraph(explainer.sections.why) : '';
  const problem = meta.type === 'problem';
  return {
    id: `asyncwise/${name}`,
    name,
    shortDescription: { text: description },
    fullDescription: { text: summary },
    help: {
      text: [summary, why, url].filter(Boolean).join('\n\n'),
      markdown: explainer ? absoluteLinks(explainer.markdown, `rules/${name}`) : `${summary}\n\n${url}`,
    },
    helpUri: url,
    defaultConfiguration: { level: problem ? 'error' : 'warning', enabled: meta.docs?.recommended === true },
    properties: {
      tags: [name.startsWith('py-') ? 'python' : 'javascript', 'async', problem ? 'correctness' : 'performance'],
      precision: 'high',
      'problem.severity': problem ? 'error' : 'warning',
    },
  };
}

function levelOf(message: Linter.LintMessage): Level {
  return message.severity === 2 ? 'error' : 'warning';
}

function locationOf(uri: { uri: string; uriBaseId?: string }, message: Linter.LintMessage): SarifLocation {
  // ESLint's end column points just past the last character: SARIF's end column does the same.
  // Code scanning wants all four numbers; a message without an end is a point where it starts.
  const startLine = Math.max(1, message.line);
  const startColumn = Math.max(1, message.column);
  const region: SarifRegion = {
    startLine,
    startColumn,
    endLine: message.endLine ?? startLine,
    endColumn: message.endColumn ?? startColumn,
  };
  return { physicalLocation: { artifactLocation: uri, region } };
}

/** A path below the working folder as a relative URI (what code scanning matches to the checkout), else a file URL. */
function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, filePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** A folder's file URL, with the trailing `/` that makes relative URIs resolve inside it. */
function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}
