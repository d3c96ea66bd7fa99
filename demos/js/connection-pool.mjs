// Three queries of 0.3 s each, started with Promise.all. One connection speaks to the database
// one query at a time: the driver queues the rest (pg.Client and mysql2 connections do), so they
// run one by one anyway. A pool hands each query its own connection.
import { report, seconds, sleep } from './timing.mjs';

const QUERY_MS = 300;

/** Like pg.Client: queries sent while one is running wait in the client's queue. */
class Connection {
  #queue = Promise.resolve();

  query(sql) {
    const result = this.#queue.then(() => sleep(QUERY_MS)).then(() => ({ sql, rows: [] }));
    this.#queue = result.catch(() => undefined);
    return result;
  }
}

/** Like pg.Pool: each query borrows an idle connection (a new one while under `max`). */
class Pool {
  #idle = [];
  #open = 0;
  #waiting = [];

  constructor(max) {
    this.max = max;
  }

  async query(sql) {
    const connection = await this.#acquire();
    try {
      return await connection.query(sql);
    } finally {
      this.#release(connection);
    }
  }

  async #acquire() {
    if (this.#idle.length > 0) return this.#idle.pop();
    if (this.#open < this.max) {
      this.#open += 1;
      return new Connection();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(connection) {
    const next = this.#waiting.shift();
    if (next) next(connection);
    else this.#idle.push(connection);
  }
}

const queries = ['SELECT user', 'SELECT orders', 'SELECT prices'];
const client = new Connection();
const pool = new Pool(3);

report({
  title: { en: 'Three queries of 0.3 s each, started with Promise.all', ko: '0.3초짜리 쿼리 세 개를 Promise.all로 시작했을 때' },
  rows: [
    { mark: 'slow', label: { en: 'one connection (pg.Client)', ko: '연결 하나 (pg.Client)' },
      seconds: await seconds(() => Promise.all(queries.map((sql) => client.query(sql)))) },
    { mark: 'fast', label: { en: 'a pool of 3 connections (pg.Pool)', ko: '연결 3개짜리 풀 (pg.Pool)' },
      seconds: await seconds(() => Promise.all(queries.map((sql) => pool.query(sql)))) },
  ],
});
