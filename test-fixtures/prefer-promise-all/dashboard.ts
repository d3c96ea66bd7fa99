// A dashboard endpoint that waits for independent reads one after another.
import { getInvoice, getOrders, getPreferences, getTeam, getUser, type Invoice, type Order, type User } from './api.js';

export interface Dashboard {
  user: User;
  orders: Order[];
  preferences: Record<string, string>;
  team: { id: string; name: string };
  invoices: Invoice[];
}

export async function loadDashboard(userId: string): Promise<Dashboard> {
  const user = await getUser(userId); // asyncwise-expect: prefer-promise-all
  const orders = await getOrders(userId);
  const preferences = await getPreferences(userId);
  // The team needs the user: this await depends on the first one and is not part of the group.
  const team = await getTeam(user.teamId);

  const invoices: Invoice[] = [];
  for (const order of orders) { // asyncwise-expect: prefer-promise-all
    const invoice = await getInvoice(order.id);
    invoices.push(invoice);
  }
  return { user, orders, preferences, team, invoices };
}

export async function summaryLine(userId: string): Promise<string> {
  return describeUser(await getUser(userId), await getOrders(userId)); // asyncwise-expect: prefer-promise-all
}

function describeUser(user: User, orders: Order[]): string {
  return `${user.name}: ${orders.length} orders`;
}

export async function unpaidTotals(userIds: readonly string[]): Promise<number[]> {
  const totals: number[] = [];
  for (const userId of userIds) { // asyncwise-expect: prefer-promise-all
    const orders = await getOrders(userId);
    totals.push(orders.reduce((sum, order) => sum + order.total, 0));
  }
  return totals;
}
