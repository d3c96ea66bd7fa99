// Asyncwise 둘러보기. 아래에 문제가 두 개 있습니다. 물결 밑줄에 마우스를 올려 왜 문제인지 보고,
// 커서를 두고 Ctrl+.(macOS는 Cmd+.)를 눌러 고쳐 보세요.
// 이 파일은 프로젝트가 아니라 확장의 저장 공간에 있는 복사본이니 마음껏 고쳐도 됩니다.
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
