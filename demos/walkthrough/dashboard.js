// Asyncwise walkthrough. Two findings below: hover a squiggle to see why it matters, then put
// the cursor on it and press Ctrl+. (Cmd+. on macOS) to fix it.
// This copy lives in the extension's own storage, not in your project: change it freely.
const fs = require('node:fs');

async function getUser(id) {
  return { id, name: 'Ada' };
}

async function getOrders(userId) {
  return [{ userId, total: 42 }];
}

async function loadDashboard(userId) {
  const layout = fs.readFileSync('dashboard.json', 'utf8');
  const user = await getUser(userId);
  const orders = await getOrders(userId);
  return { layout, user, orders };
}

module.exports = { loadDashboard };
