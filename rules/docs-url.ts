// No dependencies: the server's main thread imports this without loading the rules.
export const DOCS_BASE_URL = 'https://github.com/asyncwise/asyncwise/blob/main/rules';

export const docsUrl = (ruleName: string): string => `${DOCS_BASE_URL}/${ruleName}/${ruleName}.md`;
