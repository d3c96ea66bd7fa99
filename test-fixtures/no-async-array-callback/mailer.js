// Plain JavaScript without types: the mistakes are found from syntax alone.
const { EventEmitter } = require('node:events');

const queue = new EventEmitter();
const subscribers = new Set();

async function deliver(address, message) {
  await fetch(`https://mail.example.com/send?to=${encodeURIComponent(address)}`, { method: 'POST', body: message });
}

queue.on('message', (message) => {
  subscribers.forEach(async (address) => { // asyncwise-expect: no-async-array-callback
    await deliver(address, message);
  });
});

async function sendDigest(addresses, message) {
  await addresses.forEach(async (address) => { // asyncwise-expect: no-async-array-callback
    await deliver(address, message);
  });
  console.log('digest sent');
}

async function byPriority(addresses, priorityOf) {
  return addresses.slice().sort(async (a, b) => (await priorityOf(b)) - (await priorityOf(a))); // asyncwise-expect: no-async-array-callback
}

async function sizes(addresses, sizeOf) {
  return addresses.reduce(async (sizesSoFar, address) => { // asyncwise-expect: no-async-array-callback
    sizesSoFar[address] = await sizeOf(address);
    return sizesSoFar;
  }, {});
}

function broadcast(addresses, message) {
  return Promise.all(addresses.forEach(async (address) => deliver(address, message))); // asyncwise-expect: no-async-array-callback
}

module.exports = { sendDigest, byPriority, sizes, subscribers, broadcast };
