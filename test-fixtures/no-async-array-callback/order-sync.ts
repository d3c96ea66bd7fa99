// A sync service that pushes orders to a warehouse API: the async-callback mistakes it makes.
interface Order {
  id: string;
  lines: { sku: string; quantity: number }[];
  paid: boolean;
}

interface Warehouse {
  reserve(sku: string, quantity: number): Promise<void>;
  isInStock(sku: string): Promise<boolean>;
  close(): Promise<void>;
}

declare function audit(message: string): Promise<void>;

export async function pushOrders(orders: Order[], warehouse: Warehouse): Promise<void> {
  orders.forEach(async (order) => { // asyncwise-expect: no-async-array-callback
    if (!order.paid) return;
    for (const line of order.lines) {
      await warehouse.reserve(line.sku, line.quantity);
    }
  });
  await warehouse.close();
}

export async function shippable(orders: Order[], warehouse: Warehouse): Promise<Order[]> {
  const ready = orders.filter(async (order) => { // asyncwise-expect: no-async-array-callback
    const checks = await Promise.all(order.lines.map((line) => warehouse.isInStock(line.sku)));
    return checks.every(Boolean);
  });
  return ready;
}

export async function anyBlocked(orders: Order[], warehouse: Warehouse): Promise<boolean> {
  return orders.some(async (order) => !(await warehouse.isInStock(order.id))); // asyncwise-expect: no-async-array-callback
}

export async function auditAll(byCustomer: Map<string, Order[]>): Promise<void> {
  byCustomer.forEach(async (orders, customer) => { // asyncwise-expect: no-async-array-callback
    await audit(`${customer}: ${orders.length} orders`);
  });
}

export async function firstInStock(skus: string[], warehouse: Warehouse): Promise<string | undefined> {
  return skus.find(async (sku) => warehouse.isInStock(sku)); // asyncwise-expect: no-async-array-callback
}

export async function notifyAll(ids: ReadonlySet<string>): Promise<void> {
  ids.forEach((id) => audit(id)); // asyncwise-expect: no-async-array-callback
}
