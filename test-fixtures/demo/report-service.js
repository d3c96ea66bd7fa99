// A small report service with the async mistakes Asyncwise explains.
const fs = require('node:fs');
const path = require('node:path');

async function buildReport(dir) {
  const names = fs.readdirSync(dir); // asyncwise-expect: no-blocking-in-async
  const reports = [];
  for (const name of names) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8'); // asyncwise-expect: no-blocking-in-async
    reports.push(JSON.parse(text));
  }
  return reports;
}

function readDefaults() {
  // Synchronous startup code: not reported.
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'defaults.json'), 'utf8'));
}

module.exports = { buildReport, readDefaults };
