import * as vscode from 'vscode';
import { CONCEPT_TITLES, conceptsOfRule, type ConceptLocale, type ConceptSlug } from '../rules/concepts';
import type { ExplainResult } from '../server/explain';
import { conceptParts } from './concept-view';
import { diagramFor } from './diagrams';
import { escapeXml } from './html';
import { learnString } from './learn-strings';
import { extensionLocale } from './locale';
import { commandUri, PANEL_COMMANDS, rewriteLinks } from './panel-links';
import { renderMarkdown, webviewDocument } from './webview-html';

/** A concept page as the panel shows it (the extension's API exposes it, for its own tests). */
export interface ShownConcept {
  slug: ConceptSlug;
  locale: ConceptLocale;
  title: string;
  /** The webview's whole HTML document. */
  html: string;
}

/**
 * The explainer panel: the rule's whole explanation for the finding at the cursor, with a
 * timeline picture and the before/after made from the user's code; or a concept page with the
 * timing picture its demos measured. Its links may run only the panel's own commands (open a
 * concept page, run a demo).
 */
export class ExplainerPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The finding the panel explains now (the extension's API exposes it). */
  current: ExplainResult | undefined;
  /** The concept page the panel shows now. */
  currentConcept: ShownConcept | undefined;

  async show(result: ExplainResult): Promise<void> {
    const panel = this.reveal(`Asyncwise: ${result.ruleId.replace(/^asyncwise\//, '')}`);
    this.current = result;
    this.currentConcept = undefined;
    panel.webview.html = await this.renderFinding(result, panel.webview);
  }

  async showConcept(slug: ConceptSlug, locale: ConceptLocale): Promise<ShownConcept> {
    const title = CONCEPT_TITLES[slug][locale];
    const panel = this.reveal(`Asyncwise: ${title}`);
    const parts = conceptParts(slug, locale);
    const body = [
      `<nav class="concept-nav">${await renderMarkdown(parts.header)}</nav>`,
      await renderMarkdown(parts.before),
      parts.picture ? `<figure>${parts.picture}</figure>` : '',
      await renderMarkdown(parts.after),
    ].join('\n');
    const html = webviewDocument(panel.webview, locale, `<article>${body}</article>`);
    panel.webview.html = html;
    this.current = undefined;
    this.currentConcept = { slug, locale, title, html };
    return this.currentConcept;
  }

  private reveal(title: string): vscode.WebviewPanel {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('asyncwise.explainer', title, vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableCommandUris: [...PANEL_COMMANDS],
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.current = undefined;
        this.currentConcept = undefined;
      });
    }
    this.panel.title = title;
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.panel;
  }

  private async renderFinding(result: ExplainResult, webview: vscode.Webview): Promise<string> {
    const locale = extensionLocale();
    const rule = result.ruleId.replace(/^asyncwise\//, '');
    const body = await renderMarkdown(rewriteLinks(result.markdown, `rules/${rule}`, locale));
    const yourCode = result.yourCode ? await renderMarkdown(result.yourCode) : '';
    const concepts = conceptsOfRule(rule);
    const conceptLinks = concepts.length === 0 ? '' : await renderMarkdown(`${learnString(locale, 'ideaBehindIt')} ${concepts
      .map((slug) => `[${CONCEPT_TITLES[slug][locale]}](${commandUri('asyncwise.openConcept', [slug, locale])})`)
      .join(' · ')}`);
    return webviewDocument(webview, locale, `<p class="finding">${escapeXml(result.message)}</p>
${conceptLinks ? `<div class="concepts">${conceptLinks}</div>` : ''}
${diagramFor(result.ruleId, locale)}
${yourCode ? `<section class="your-code">${yourCode}</section>` : ''}
<article>${body}</article>
<p class="docs">${escapeXml(result.docsUrl)}</p>`);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
