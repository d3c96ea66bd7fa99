import fs from 'node:fs';
import path from 'node:path';
import { UpwardLookup } from './upward-lookup';

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

/**
 * Where typed linting can pay off. Asking TypeScript's project service about a file that no
 * project covers costs seconds (it builds an inferred project, then reloads every project), so the
 * engine asks here first: is there a tsconfig/jsconfig above the file, and did that config already
 * leave this file out (unchanged since)?
 */
export class ProjectConfigLookup {
  private readonly configs: UpwardLookup<string>;
  /** Files a config left out, with that config's modification time when it did. */
  private readonly leftOut = new Map<string, { config: string; mtimeMs: number }>();

  constructor(recheckAfterMs = 5000) {
    this.configs = new UpwardLookup((dir) => CONFIG_NAMES.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file)) ?? null, recheckAfterMs);
  }

  /** The nearest tsconfig.json/jsconfig.json above `filePath`, if any. */
  nearestConfig(filePath: string): string | undefined {
    return this.configs.nearest(filePath);
  }

  /** Whether a typed lint is worth trying: a config exists and has not already left the file out. */
  worthTyping(filePath: string): boolean {
    const config = this.nearestConfig(filePath);
    if (!config) return false;
    const previous = this.leftOut.get(filePath);
    return !previous || previous.config !== config || previous.mtimeMs !== mtimeOf(config);
  }

  /** The project service did not find the file in its config. */
  markLeftOut(filePath: string): void {
    const config = this.nearestConfig(filePath);
    if (config) this.leftOut.set(filePath, { config, mtimeMs: mtimeOf(config) });
  }
}

function mtimeOf(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}
