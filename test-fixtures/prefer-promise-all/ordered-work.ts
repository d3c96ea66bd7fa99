// Ordered work that must stay sequential: nothing in this file is reported.
import { getOrders, getTeam, getUser, type Order } from './api.js';

interface Transaction {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

interface Database {
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

interface Page {
  goto(url: string): Promise<void>;
  title(): Promise<string>;
  textContent(selector: string): Promise<string | null>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function teamOfUser(userId: string) {
  // Dependent: the team id comes from the user.
  const user = await getUser(userId);
  const team = await getTeam(user.teamId);
  return team.name;
}

export async function moveOrder(db: Database, orderId: string, toUser: string) {
  return db.transaction(async (tx) => {
    const [order] = await tx.query<Order>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
    const owners = await tx.query<{ id: string }>('SELECT id FROM users WHERE id = $1', [toUser]);
    await tx.query('UPDATE orders SET user_id = $1 WHERE id = $2', [owners[0]?.id, order?.id]);
  });
}

export async function auditCounts(db: Database) {
  // Write then read of the same table: the order is the point.
  const inserted = await db.query('INSERT INTO audit (at) VALUES (now()) RETURNING id');
  const rows = await db.query<{ id: string }>('SELECT id FROM audit');
  return rows.length - inserted.length;
}

export async function scrape(page: Page, url: string) {
  await page.goto(url);
  const title = await page.title();
  const heading = await page.textContent('h1');
  return { title, heading };
}

export async function allOrders(db: Database) {
  const pageSize = 100;
  const rows: Order[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await db.query<Order>('SELECT * FROM orders LIMIT $1 OFFSET $2', [pageSize, offset]);
    rows.push(...page);
    if (page.length < pageSize) break;
  }
  return rows;
}

export async function firstReachable(mirrors: readonly string[]) {
  for (const mirror of mirrors) {
    const response = await fetch(mirror).catch(() => undefined);
    if (response?.ok) return mirror;
  }
  return undefined;
}

export async function politeCrawl(urls: readonly string[], pages: Map<string, string>) {
  for (const url of urls) {
    const response = await fetch(url);
    pages.set(url, await response.text());
    await sleep(250);
  }
}

export async function runningTotal(userIds: readonly string[]) {
  let total = 0;
  for (const userId of userIds) {
    const orders = await getOrders(userId);
    total += orders.length;
  }
  return total;
}

export async function reportProgress(userIds: readonly string[], names: Map<string, string>) {
  for (const userId of userIds) {
    console.log(`loading ${userId}`);
    const user = await getUser(userId);
    names.set(userId, user.name);
  }
}

export async function waitUntilReady(url: string) {
  for (let attempt = 0; attempt < 10; attempt++) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return true;
    await sleep(2 ** attempt * 100);
  }
  return false;
}

export async function readStream(chunks: AsyncIterable<string>, sizes: number[]) {
  for await (const chunk of chunks) {
    const user = await getUser(chunk);
    sizes.push(user.name.length);
  }
}

export async function alreadyStarted(userId: string) {
  const userPromise = getUser(userId);
  const ordersPromise = getOrders(userId);
  const user = await userPromise;
  const orders = await ordersPromise;
  return { user, orders };
}

export async function oneAtATime(userIds: readonly string[], names: Map<string, string>) {
  // Sequential on purpose: the user service allows one request per client at a time.
  for (const userId of userIds) {
    const user = await getUser(userId);
    names.set(userId, user.name);
  }
}
