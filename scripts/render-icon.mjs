// Renders images/icon.svg to the 128×128 PNG the Marketplace shows, with headless Chromium.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './lib/code-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.goto(`file://${path.join(root, 'images', 'icon.svg')}`);
await page.screenshot({ path: path.join(root, 'images', 'icon.png'), omitBackground: true });
await browser.close();
