import * as vscode from 'vscode';
import type { ExplainResult } from '../server/explain';
import { diagramFor, escapeXml } from './diagrams';

/**
 * The explainer panel: the rule's whole explanation for the finding at the cursor, with a
 * timeline picture and the before/after made from the user's code. No scripts, no remote
 * resources: the content security policy allows only inline styles and the panel's own images.
 */
export class ExplainerPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** What the panel shows now (the extension's API exposes it). */
  current: ExplainResult | undefined;

  async show(result: ExplainResult): Promise<void> {
    this.current = result;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('asyncwise.explainer', 'Asyncwise', vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.current = undefined;
      });
    }
    this.panel.title = `Asyncwise: ${result.ruleId.replace(/^asyncwise\//, '')}`;
    this.panel.webview.html = await this.render(result, this.panel.webview);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private async render(result: ExplainResult, webview: vscode.Webview): Promise<string> {
    const body = await renderMarkdown(result.markdown);
    const yourCode = result.yourCode ? await renderMarkdown(result.yourCode) : '';
    const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src ${webview.cspSource} data:;`;
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${STYLE}</style>
</head>
<body>
<p class="finding">${escapeXml(result.message)}</p>
${diagramFor(result.ruleId)}
${yourCode ? `<section class="your-code">${yourCode}</section>` : ''}
<article>${body}</article>
<p class="docs">${escapeXml(result.docsUrl)}</p>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** VS Code's own Markdown renderer (the built-in Markdown extension); plain text if it is missing. */
async function renderMarkdown(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    if (typeof html === 'string') return html;
  } catch {
    // fall through to plain text
  }
  return `<pre>${escapeXml(markdown)}</pre>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); padding: 0 20px 20px; line-height: 1.5; max-width: 900px; }
.finding { font-weight: 600; border-left: 3px solid var(--vscode-editorError-foreground); padding-left: 8px; }
figure { margin: 16px 0; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg { max-width: 100%; height: auto; }
.row-label { fill: var(--vscode-foreground); font-size: 12px; }
.bar-label { fill: var(--vscode-editor-background); font-size: 11px; font-weight: 600; }
.axis { stroke: var(--vscode-editorWidget-border, var(--vscode-foreground)); stroke-width: 1; }
.caption { color: var(--vscode-descriptionForeground); margin-top: 2px; }
.your-code { border: 1px solid var(--vscode-editorWidget-border, transparent); border-radius: 4px; padding: 0 12px; }
pre, code { font-family: var(--vscode-editor-font-family); }
pre { background: var(--vscode-textCodeBlock-background); padding: 8px; border-radius: 4px; overflow-x: auto; }
a { color: var(--vscode-textLink-foreground); }
.docs { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
`;
