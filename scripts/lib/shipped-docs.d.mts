// Types of shipped-docs.mjs, for the tests that check what the packages ship.
/** Repository-relative paths (with `/`) of the docs every package ships, sorted. */
export function shippedDocs(root: string): string[];
export function copyShippedDocs(root: string, outdir: string): Promise<void>;
