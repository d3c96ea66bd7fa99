// `--format sarif` as code scanning reads it: valid against the SARIF 2.1.0 schema, with what
// GitHub's ingestion requires beyond the schema (its documented required fields and limits), and
// findings that point at the right files and lines.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { docsUrl } from '../../rules/docs-url';
import { rules } from '../../rules/rule-list';
import { sarifSchema, sarifSchemaErrors } from '../../test/sarif/sarif-schema';
import { CLI, runCli } from '../testing/run-built-cli';
import { AWKWARD_NAME, BROKEN_NAME, createSampleProject, type SampleProject } from '../testing/sample-project';

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface Location { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region } }
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; semanticVersion: string; rules: {
      id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string };
      help: { text: string; markdown: string }; helpUri: string; defaultConfiguration: { level: string };
      properties: { tags: string[]; precision: string; 'problem.severity': string };
    }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: Location[] }[] }[];
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Location[] }[];
  }[];
}

describe('--format sarif', { skip: !fs.existsSync(CLI) && 'build the CLI first' }, () => {
  let project: SampleProject;
  let log: SarifLog;
  let code: number | null;

  before(() => {
    project = createSampleProject();
    const run = runCli(['.', '--format', 'sarif'], project.dir);
    code = run.code;
    log = JSON.parse(run.stdout) as SarifLog;
  });
  after(() => project.remove());

  it('is valid SARIF 2.1.0 by the schema', () => {
    assert.match(sarifSchema.title, /SARIF\) Version 2\.1\.0/);
    assert.deepEqual(sarifSchemaErrors(log), []);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(code, 1, 'exit code 1: errors were found');
  });

  it('the schema catches a broken log (the check can fail)', () => {
    const broken = structuredClone(log);
    delete (broken.runs[0]!.tool.driver as Partial<typeof broken.runs[0]['tool']['driver']>).name;
    (broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region as unknown as Record<string, unknown>).startLine = 0;
    assert.equal(sarifSchemaErrors(broken).length, 2);
  });

  it('reports each marked line of the JavaScript, typed TypeScript and Python files, at its place in the file', () => {
    const run = log.runs[0]!;
    const base = run.originalUriBaseIds['%SRCROOT%']!.uri;
    const found = run.results.map((result) => {
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      const file = fileURLToPath(new URL(artifactLocation.uri, base));
      assert.ok(fs.existsSync(file), `${artifactLocation.uri} resolves to a file: ${file}`);
      assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, result.ruleId, 'ruleIndex points at the rule');
      assert.ok(region.endLine > region.startLine || region.endColumn > region.startColumn, 'the region is not empty');
      return `${path.relative(project.dir, file).split(path.sep).join('/')} ${region.startLine} ${result.ruleId}`;
    });
    assert.deepEqual(found.sort(), project.expected);
    assert.ok(found.some((entry) => entry.startsWith(`${AWKWARD_NAME} `)), 'a file name with , : % and Hangul is encoded as a URI');
  });

  it('describes every rule as code scanning needs it: descriptions within its limits, help, docs URL, severity', () => {
    const descriptors = log.runs[0]!.tool.driver.rules;
    assert.deepEqual(descriptors.map((rule) => rule.id), Object.keys(rules).map((name) => `asyncwise/${name}`));
    for (const rule of descriptors) {
      const name = rule.id.replace('asyncwise/', '');
      assert.equal(rule.helpUri, docsUrl(name));
      for (const text of [rule.shortDescription.text, rule.fullDescription.text]) {
        assert.ok(text.length > 0 && text.length <= 1024, `${rule.id}: a description of 1 to 1024 characters`);
      }
      assert.ok(rule.name.length <= 255);
      assert.ok(rule.help.text.includes(rule.helpUri), `${rule.id}: the help text says where to read more`);
      assert.match(rule.help.markdown, new RegExp(`^# ${name}\\n`), `${rule.id}: the help is the rule's explainer`);
      // Relative links would point nowhere in code scanning's alert view.
      for (const [, target] of rule.help.markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
        assert.match(target!, /^https:\/\/github\.com\/asyncwise\/asyncwise\/blob\/main\//, `${rule.id}: link ${target} is absolute`);
      }
      assert.ok(['error', 'warning'].includes(rule.defaultConfiguration.level));
      assert.equal(rule.properties['problem.severity'], rule.defaultConfiguration.level);
      assert.ok(['very-high', 'high', 'medium', 'low'].includes(rule.properties.precision));
    }
    assert.match(log.runs[0]!.tool.driver.semanticVersion, /^\d+\.\d+\.\d+/);
  });

  it('reports a file that does not parse as a tool notification at its place, not as a finding', () => {
    const notifications = log.runs[0]!.invocations[0]!.toolExecutionNotifications;
    assert.deepEqual(notifications.map((notification) => [notification.level, notification.locations[0]!.physicalLocation.artifactLocation.uri]), [['error', BROKEN_NAME]]);
    assert.match(notifications[0]!.message.text, /Parsing error/);
    assert.ok(!log.runs[0]!.results.some((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === BROKEN_NAME));
  });
});
