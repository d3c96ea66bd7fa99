// A small typed client for the fixtures: every call is a read over HTTP.
export interface User {
  id: string;
  name: string;
  teamId: string;
}

export interface Order {
  id: string;
  total: number;
}

export interface Invoice {
  id: string;
  orderId: string;
  paid: boolean;
}

const BASE_URL = process.env.API_URL ?? 'http://localhost:8080';

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${BASE_URL}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export function getUser(id: string): Promise<User> {
  return getJson<User>(`/users/${id}`);
}

export function getOrders(userId: string): Promise<Order[]> {
  return getJson<Order[]>(`/users/${userId}/orders`);
}

export function getInvoice(orderId: string): Promise<Invoice> {
  return getJson<Invoice>(`/orders/${orderId}/invoice`);
}

export function getTeam(teamId: string): Promise<{ id: string; name: string }> {
  return getJson(`/teams/${teamId}`);
}

export function getPreferences(userId: string): Promise<Record<string, string>> {
  return getJson(`/users/${userId}/preferences`);
}
