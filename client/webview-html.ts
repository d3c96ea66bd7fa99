import * as vscode from 'vscode';
import { escapeXml } from './html';

/**
 * The panel's HTML document. No scripts, no remote resources: the content security policy
 * allows only inline styles and the panel's own images; links run only the commands the
 * panel's options allow.
 */
export function webviewDocument(webview: vscode.Webview, lang: string, body: string): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src ${webview.cspSource} data:;`;
  return `<!DOCTYPE html>
<html lang="${escapeXml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** VS Code's own Markdown renderer (the built-in Markdown extension); plain text if it is missing. */
export async function renderMarkdown(markdown: string): Promise<string> {
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
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--vscode-editorWidget-border, var(--vscode-descriptionForeground)); padding: 2px 8px; text-align: left; vertical-align: top; }
blockquote { margin: 0; padding: 2px 12px; border-left: 3px solid var(--vscode-textLink-foreground); color: var(--vscode-descriptionForeground); }
a { color: var(--vscode-textLink-foreground); }
.docs, .concept-nav { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.concepts { margin: 8px 0; }
`;
