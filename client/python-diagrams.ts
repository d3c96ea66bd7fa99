import { blockedVsServing, oneAfterAnotherVsTogether, type Picture } from './timeline';

/** Three independent awaits, one after another vs started together with asyncio.gather. */
export const sequentialVsGather: Picture = (t) =>
  oneAfterAnotherVsTogether(t, ['get_user()', 'get_orders()', 'get_prices()'], t('Together with asyncio.gather: 1 s'));

/** time.sleep holds the one thread asyncio runs on; asyncio.sleep hands it back to the loop. */
export const blockedAsyncioLoop: Picture = (t) => blockedVsServing(t, 'time.sleep(2)', {
  title: t('time.sleep: the event loop is blocked'),
  caption: t('Nothing else runs while time.sleep holds the thread: every other request waits.'),
}, {
  title: t('await asyncio.sleep: the event loop keeps serving'),
  caption: t('While the coroutine sleeps, other requests are served.'),
});

/**
 * Unlike a dropped JavaScript promise, which still runs, a dropped coroutine never starts: the
 * empty-handed row is the point, with the warning arriving later from the garbage collector.
 */
export const neverAwaitedCoroutine: Picture = (t) => [
  {
    title: t('A coroutine nobody awaits'),
    rows: [t('your function'), 'touch_user(42)', t('garbage collector')],
    bars: [
      { row: 0, start: 0, length: 2, label: t('returns'), tone: 'work' },
      { row: 1, start: 0, length: 7, label: t('its body never runs'), tone: 'lost' },
      { row: 2, start: 7, length: 5, label: 'RuntimeWarning', tone: 'lost' },
    ],
    caption: t('Calling an async def only makes a coroutine: nothing of it runs, and the only trace is a warning printed later, far from the call.'),
  },
  {
    title: t('await touch_user(42): the body runs'),
    rows: [t('your function'), 'touch_user(42)'],
    bars: [
      { row: 0, start: 0, length: 2, label: 'await', tone: 'work' },
      { row: 1, start: 2, length: 4, label: 'UPDATE users', tone: 'wait' },
      { row: 0, start: 6, length: 3, label: t('continues'), tone: 'work' },
    ],
    caption: t('Awaited, the coroutine runs to its end, and its errors reach your try/except.'),
  },
];

/** The loop holds tasks weakly, so a task with no other reference can vanish while it waits. */
export const collectedTask: Picture = (t) => [
  {
    title: t('A task nobody keeps'),
    rows: [t('your function'), t('the task'), t('garbage collector')],
    bars: [
      { row: 0, start: 0, length: 2, label: t('returns'), tone: 'work' },
      { row: 1, start: 0, length: 5, label: t('waiting…'), tone: 'wait' },
      { row: 1, start: 5, length: 7, label: t('the rest never runs'), tone: 'lost' },
      { row: 2, start: 4, length: 2, label: t('collects'), tone: 'lost' },
    ],
    caption: t('The event loop holds tasks only weakly: with nothing else keeping it, the task can be collected while it waits, and the rest of its work never happens.'),
  },
  {
    title: t('Kept in a set: the task runs to its end'),
    rows: [t('your function'), t('the task'), '_background_tasks'],
    bars: [
      { row: 0, start: 0, length: 2, label: t('returns'), tone: 'work' },
      { row: 1, start: 0, length: 5, label: t('waiting…'), tone: 'wait' },
      { row: 1, start: 5, length: 2, label: t('finishes'), tone: 'work' },
      { row: 2, start: 0, length: 7, label: t('keeps a reference'), tone: 'wait' },
      { row: 2, start: 7, length: 3, label: 'discard()', tone: 'work' },
    ],
    caption: t('A reference in a set keeps the task alive until it is done; a done callback then discards it.'),
  },
];

/** One connection answers one query at a time; a pool gives each query a connection of its own. */
export const oneConnectionVsPool: Picture = (t) => [
  {
    title: t('asyncio.gather on one connection: the queries wait in line'),
    rows: ['conn.fetch(a)', 'conn.fetch(b)', 'conn.fetch(c)'],
    bars: [
      { row: 0, start: 0, length: 3, label: 'conn', tone: 'wait' },
      { row: 1, start: 0, length: 3, label: t('queued'), tone: 'blocked' },
      { row: 1, start: 3, length: 3, label: 'conn', tone: 'wait' },
      { row: 2, start: 0, length: 6, label: t('queued'), tone: 'blocked' },
      { row: 2, start: 6, length: 3, label: 'conn', tone: 'wait' },
    ],
    caption: t('A connection answers one query at a time: psycopg makes the others wait, asyncpg raises "another operation is in progress".'),
  },
  {
    title: t('A pool: a connection per query'),
    rows: ['pool.fetch(a)', 'pool.fetch(b)', 'pool.fetch(c)'],
    bars: [
      { row: 0, start: 0, length: 3, label: 'c1', tone: 'wait' },
      { row: 1, start: 0, length: 3, label: 'c2', tone: 'wait' },
      { row: 2, start: 0, length: 3, label: 'c3', tone: 'wait' },
    ],
    caption: t('The pool hands each query its own connection: all three run at once.'),
  },
];

/**
 * Three fetches in a loop. Only the handshakes a shared session would have skipped are drawn as
 * lost: the first connection has to be made either way.
 */
export const sessionPerCall: Picture = (t) => {
  const handshake = (row: number, start: number, tone: 'work' | 'lost') =>
    ({ row, start, length: 3, label: t('connect+TLS'), tone }) as const;
  const get = (row: number, start: number) => ({ row, start, length: 1, label: 'GET', tone: 'wait' }) as const;
  const rows = ['fetch(a)', 'fetch(b)', 'fetch(c)'];
  return [
    {
      title: t('A new session per call: connect and TLS every time'),
      rows,
      bars: [handshake(0, 0, 'work'), get(0, 3), handshake(1, 4, 'lost'), get(1, 7), handshake(2, 8, 'lost'), get(2, 11)],
      caption: t('Each call opens a pool of its own: every request pays for the TCP connection and the TLS handshake again.'),
    },
    {
      title: t('One shared session: the connection is reused'),
      rows,
      bars: [handshake(0, 0, 'work'), get(0, 3), get(1, 4), get(2, 5)],
      caption: t('Only the first request pays for the handshake; the others reuse its connection.'),
    },
  ];
};
