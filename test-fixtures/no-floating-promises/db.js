// A small data layer in plain JavaScript: the rule reads which exports are async (without types).
const rows = new Map();

export async function saveOrder(order) {
  rows.set(order.id, order);
  return order.id;
}

const deleteOrder = async (id) => {
  rows.delete(id);
};

export function formatOrder(order) {
  return `#${order.id}`;
}

export { deleteOrder };
