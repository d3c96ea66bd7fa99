// An ES module with top-level await: its top level runs once at startup. Not reported by default.
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

const settings = JSON.parse(readFileSync(new URL('./settings.json', import.meta.url), 'utf8'));
await delay(settings.warmupMs);
export const banner = readFileSync(new URL('./banner.txt', import.meta.url), 'utf8');
