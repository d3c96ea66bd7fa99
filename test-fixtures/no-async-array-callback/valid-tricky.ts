// Async callbacks that are waited for, and methods that are not the built-in array ones.
import { Readable } from 'node:stream';

declare function upload(name: string): Promise<number>;
declare function price(sku: string): Promise<number>;

/** A batch whose forEach awaits each callback, one after another. */
class Batch<T> {
  constructor(private readonly items: readonly T[]) {}

  async forEach(fn: (item: T) => Promise<void>): Promise<void> {
    for (const item of this.items) await fn(item);
  }
}

export async function uploadBatch(names: string[]): Promise<void> {
  await new Batch(names).forEach(async (name) => {
    await upload(name);
  });
}

export async function uploadAll(names: string[]): Promise<number[]> {
  return Promise.all(names.map(async (name) => upload(name)));
}

export async function total(skus: string[]): Promise<number> {
  return skus.reduce(async (sum, sku) => (await sum) + (await price(sku)), Promise.resolve(0));
}

export async function streamSizes(names: string[]): Promise<void> {
  await Readable.from(names).forEach(async (name: string) => {
    await upload(name);
  });
}

export async function affordable(skus: string[], budget: number): Promise<string[]> {
  const prices = await Promise.all(skus.map((sku) => price(sku)));
  return skus.filter((_, i) => (prices[i] ?? Infinity) <= budget);
}

export function labels(skus: string[]): string[] {
  const seen = new Set<string>();
  skus.forEach((sku) => seen.add(sku.toUpperCase()));
  return [...seen].sort((a, b) => a.localeCompare(b));
}
