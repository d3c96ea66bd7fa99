import type { Rule } from 'eslint';
import { Linter } from 'eslint/universal';
import { loadPythonParser } from '../languages/python/tree-sitter';
import { isPythonFile } from './extensions';
import { createLintConfig, type EngineOptions } from './lint-config';
import { isParseError, ownMessages } from './own-messages';
import { pythonSyntaxError } from './python-syntax-error';
import { PythonTargetLookup } from './python-target';
import { suppressionFor } from './suppression';
import { ProjectConfigLookup } from './project-config';

export interface LintRequest {
  filePath: string;
  text: string;
  /** Use TypeScript's type information when a tsconfig/jsconfig covers the file. */
  typeAware: boolean;
  /** Work out each finding's "disable for this line" edit (the editor offers it). */
  withSuppressions?: boolean;
}

/** A finding, with the edit that would silence it when asked for (see suppression.ts). */
export type EngineMessage = Linter.LintMessage & { suppression?: Rule.Fix };

export interface LintOutcome {
  messages: EngineMessage[];
  /** Whether type information was available for this file. */
  typed: boolean;
  /** Set when the text does not parse; rules did not run. */
  parseError?: Linter.LintMessage;
}

const NOT_IN_PROJECT = /was not found by the project service|Too many files \(>\d+\) have matched the default project/;

/**
 * One engine for the CLI and the language server: lints a text with the Asyncwise rules, typed
 * when a project covers the file, syntactic otherwise. Reuses configs (and so typescript-eslint's
 * project service) across calls.
 */
export class LintEngine {
  private readonly linter: Linter;
  private readonly typedConfig: Linter.Config[];
  private readonly untypedConfig: Linter.Config[];
  private readonly earlyConfig: Linter.Config[];
  private readonly projects = new ProjectConfigLookup();
  private readonly pythonTargets = new PythonTargetLookup();
  /** Python configs by target version, when the project's files decide it. */
  private readonly pythonConfigs = new Map<string, Linter.Config[]>();

  constructor(private readonly options: EngineOptions) {
    this.linter = new Linter({ cwd: options.rootDir, configType: 'flat' });
    this.typedConfig = createLintConfig(options, 'typed');
    this.untypedConfig = createLintConfig(options, 'untyped');
    this.earlyConfig = createLintConfig(options, 'early');
  }

  /** Loads what linting needs asynchronously (the WebAssembly Python parser); await once before lint(). */
  static load(): Promise<void> {
    return loadPythonParser();
  }

  /**
   * The findings syntax alone can give and types cannot withdraw: milliseconds, where the typed
   * lint of a file in a project TypeScript has not loaded yet takes seconds. Undefined when the
   * text does not parse.
   */
  lintEarly(request: Omit<LintRequest, 'typeAware'>): EngineMessage[] | undefined {
    const messages = this.verify({ ...request, typeAware: false }, this.earlyConfig);
    return messages.some(isParseError) ? undefined : this.suppressible(request, messages);
  }

  lint(request: LintRequest): LintOutcome {
    if (isPythonFile(request.filePath)) {
      const messages = this.verify(request, this.pythonConfigFor(request.filePath));
      // tree-sitter recovers from syntax errors, so the rest of the file was still checked.
      const parseError = pythonSyntaxError(this.linter.getSourceCode());
      return { messages: this.suppressible(request, messages), typed: false, ...(parseError ? { parseError } : {}) };
    }
    if (request.typeAware && this.projects.worthTyping(request.filePath)) {
      const typed = this.verify(request, this.typedConfig);
      const fatal = typed.find(isParseError);
      if (!fatal) return { messages: this.suppressible(request, typed), typed: true };
      if (!NOT_IN_PROJECT.test(fatal.message)) return { messages: [], typed: true, parseError: fatal };
      this.projects.markLeftOut(request.filePath);
    }
    const untyped = this.verify(request, this.untypedConfig);
    const fatal = untyped.find(isParseError);
    return fatal ? { messages: [], typed: false, parseError: fatal } : { messages: this.suppressible(request, untyped), typed: false };
  }

  /** The messages of the last verify, each with its suppression edit when the request asks. */
  private suppressible(request: Pick<LintRequest, 'withSuppressions'>, messages: Linter.LintMessage[]): EngineMessage[] {
    if (!request.withSuppressions || messages.length === 0) return messages;
    const sourceCode = this.linter.getSourceCode();
    return messages.map((message) => {
      const suppression = suppressionFor(sourceCode, message);
      return suppression ? { ...message, suppression } : message;
    });
  }

  /** The configured target version, or the one the file's project declares. */
  private pythonConfigFor(filePath: string): Linter.Config[] {
    if (this.options.python?.targetVersion) return this.untypedConfig;
    const version = this.pythonTargets.targetFor(filePath);
    if (!version) return this.untypedConfig;
    let config = this.pythonConfigs.get(version);
    if (!config) {
      config = createLintConfig({ ...this.options, python: { ...this.options.python, targetVersion: version } }, 'untyped');
      this.pythonConfigs.set(version, config);
    }
    return config;
  }

  private verify(request: LintRequest, config: Linter.Config[]): Linter.LintMessage[] {
    return ownMessages(this.linter.verify(request.text, config, { filename: request.filePath }), request.filePath);
  }
}
