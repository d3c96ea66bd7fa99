// A local module with functions of its own that share fs's names (typed no-blocking-in-async tests).
const cache = new Map<string, string>();

export function readFileSync(path: string): string {
  return cache.get(path) ?? '';
}

export function existsSync(path: string): boolean {
  return cache.has(path);
}
