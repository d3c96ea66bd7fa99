import * as vscode from 'vscode';
import { CONCEPT_SLUGS, CONCEPT_TITLES, isConceptSlug, type ConceptLocale, type ConceptSlug } from '../rules/concepts';
import type { DemoRun } from './demo-process';
import { runDemoInTerminal } from './demo-terminal';
import { DEMOS, findDemo, type Demo } from './demos';
import type { ExplainerPanel, ShownConcept } from './explainer-panel';
import { learnString } from './learn-strings';
import { extensionLocale } from './locale';

/** `<publisher>.<name>#<walkthrough id>`, as `workbench.action.openWalkthrough` wants it. */
export const WALKTHROUGH_ID = 'asyncwise.asyncwise#asyncInTenMinutes';

/**
 * The teaching commands: concept pages in the explainer panel, demos in a terminal, the
 * walkthrough and its demo file. Everything they run or open belongs to the extension (its
 * demos/ folder and its storage), never to the user's project.
 */
export class Learn {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly panel: ExplainerPanel,
  ) {}

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand('asyncwise.learn', (slug?: unknown, locale?: unknown) => this.learn(slug, locale)),
      vscode.commands.registerCommand('asyncwise.openConcept', (slug?: unknown, locale?: unknown) => this.learn(slug, locale)),
      vscode.commands.registerCommand('asyncwise.runDemo', (file?: unknown, locale?: unknown) => this.runDemo(file, locale)),
      vscode.commands.registerCommand('asyncwise.openDemoFile', () => this.openDemoFile()),
      vscode.commands.registerCommand('asyncwise.openWalkthrough', () => this.openWalkthrough()),
    ];
  }

  /** Opens a concept page: the one named, or the one picked from a list. */
  async learn(slug?: unknown, locale?: unknown): Promise<ShownConcept | undefined> {
    const language = asLocale(locale);
    const chosen = isConceptSlug(slug) ? slug : await this.pickConcept(language);
    if (chosen === 'walkthrough') {
      await this.openWalkthrough();
      return undefined;
    }
    return chosen ? this.panel.showConcept(chosen, language) : undefined;
  }

  async runDemo(file?: unknown, locale?: unknown): Promise<DemoRun | undefined> {
    const language = asLocale(locale);
    const demo = findDemo(file) ?? (await this.pickDemo(language));
    if (!demo) return undefined;
    return runDemoInTerminal(demo, this.context.asAbsolutePath('demos'), language);
  }

  /** A fresh copy of the walkthrough's demo file in the extension's storage, opened. */
  async openDemoFile(): Promise<vscode.TextEditor> {
    const locale = extensionLocale();
    const source = vscode.Uri.file(this.context.asAbsolutePath(`demos/walkthrough/${locale === 'ko' ? 'dashboard.ko.js' : 'dashboard.js'}`));
    const folder = vscode.Uri.joinPath(this.context.globalStorageUri, 'walkthrough');
    const target = vscode.Uri.joinPath(folder, 'dashboard.js');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(source));
    const document = await vscode.workspace.openTextDocument(target);
    // An editor already showing an edited copy would keep its old text: reopen from disk.
    if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert', target);
    return vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  }

  async openWalkthrough(): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
  }

  private async pickConcept(locale: ConceptLocale): Promise<ConceptSlug | 'walkthrough' | undefined> {
    type Item = vscode.QuickPickItem & { value: ConceptSlug | 'walkthrough' };
    const items: Item[] = [
      { label: `$(book) ${learnString(locale, 'walkthrough')}`, detail: learnString(locale, 'walkthroughDetail'), value: 'walkthrough' },
      ...CONCEPT_SLUGS.map((slug): Item => ({ label: CONCEPT_TITLES[slug][locale], value: slug })),
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: learnString(locale, 'pickConcept') });
    return picked?.value;
  }

  private async pickDemo(locale: ConceptLocale): Promise<Demo | undefined> {
    type Item = vscode.QuickPickItem & { demo: Demo };
    const items = DEMOS.map((demo): Item => ({
      label: CONCEPT_TITLES[demo.concept][locale],
      description: demo.language === 'js' ? 'JavaScript' : 'Python',
      detail: `demos/${demo.file}`,
      demo,
    }));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: learnString(locale, 'pickDemo') });
    return picked?.demo;
  }
}

function asLocale(value: unknown): ConceptLocale {
  return value === 'en' || value === 'ko' ? value : extensionLocale();
}
