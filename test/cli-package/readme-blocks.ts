// The YAML blocks of the CLI's README that users copy (GitHub workflows, pre-commit configs),
// parsed, so that tests run exactly what the README shows.
import yaml from 'js-yaml';
import fs from 'node:fs';
import path from 'node:path';

export const CLI_README = path.resolve('cli/README.md');

/** The YAML blocks of a `## heading` section of cli/README.md, parsed, in order. */
export function yamlBlocks(heading: string): unknown[] {
  const readme = fs.readFileSync(CLI_README, 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  if (!section) throw new Error(`cli/README.md has no section "## ${heading}"`);
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => yaml.load(match[1]!));
}

export interface WorkflowStep {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}

/** Every step of every job of the section's first workflow. */
export function workflowSteps(heading: string): WorkflowStep[] {
  const [workflow] = yamlBlocks(heading) as { jobs?: Record<string, { steps?: WorkflowStep[] }> }[];
  const steps = Object.values(workflow?.jobs ?? {}).flatMap((job) => job.steps ?? []);
  if (steps.length === 0) throw new Error(`the workflow under "## ${heading}" has no steps`);
  return steps;
}
