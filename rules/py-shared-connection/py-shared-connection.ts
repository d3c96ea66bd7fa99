import { createPythonRule } from '../create-python-rule';
import { PythonValues } from '../../analysis/python/values/value-kinds';
import { isCombiner, overlappingTaskStarts, sharedInCombination, type Held } from './concurrent-uses';

type MessageIds = 'sharedConnection' | 'sharedConnectionTask' | 'sharedSession' | 'sharedSessionTask';

/** What running two operations at once on one connection does, by library. */
const CONSEQUENCES: Record<string, string> = {
  asyncpg: 'asyncpg runs one operation at a time per connection and raises "another operation is in progress"',
  psycopg: 'psycopg queues them behind the connection\'s lock, so nothing runs in parallel and they share one transaction',
  aiosqlite: 'aiosqlite runs them one at a time on the connection\'s thread, so nothing runs in parallel and they share one transaction',
  sqlalchemy: 'SQLAlchemy\'s AsyncSession and AsyncConnection must not be used by concurrent tasks, and raise errors such as "concurrent operations are not permitted"',
  '': 'a database connection runs one operation at a time (asyncpg and aiopg raise "another operation is in progress")',
};

/**
 * Operations started together on ONE database connection: `asyncio.gather(conn.fetch(a),
 * conn.fetch(b))`, a comprehension of them, or tasks created on it. Only connections the file
 * shows to be single connections count (asyncpg.connect, pool.acquire, aiosqlite.connect,
 * psycopg.AsyncConnection.connect, an `asyncpg.Connection` annotation, SQLAlchemy's
 * AsyncSession and AsyncConnection), also when a helper `async def` is handed the connection and
 * gathered; a pool (or an engine) hands every operation its own connection and is fine. No
 * automatic fix: a safe one needs a pool in reach.
 */
export default createPythonRule<MessageIds, []>({
  name: 'py-shared-connection',
  meta: {
    type: 'problem',
    docs: {
      description: 'Do not start several operations at once on one database connection',
      recommended: true,
    },
    schema: [],
    messages: {
      sharedConnection:
        '{{count}} operations start together on the single {{library}}connection `{{name}}`: {{consequence}}. Acquire a connection per operation from a pool (`async with pool.acquire() as c:`) or await them one by one.',
      sharedConnectionTask:
        'This task starts an operation on the single {{library}}connection `{{name}}` while {{earlier}} may still be running: {{consequence}}. Acquire a connection per task from a pool (`async with pool.acquire() as c:`) or await each before starting the next.',
      sharedSession:
        '{{count}} operations start together on the one SQLAlchemy session `{{name}}`: {{consequence}}. Open a session per operation (`async with Session() as s:`) or await them one by one.',
      sharedSessionTask:
        'This task starts an operation on the one SQLAlchemy session `{{name}}` while {{earlier}} may still be running: {{consequence}}. Open a session per task (`async with Session() as s:`) or await each before starting the next.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    const values = PythonValues.of(sourceCode.ast, { filename: context.filename, cwd: context.cwd });
    const { names } = values;
    const describe = (name: string, held: Held): Record<string, string> => ({
      name,
      library: held.library ? `${held.library} ` : '',
      consequence: CONSEQUENCES[held.library] ?? CONSEQUENCES['']!,
    });
    return {
      call(node) {
        if (!isCombiner(node, names)) return;
        for (const use of sharedInCombination(node, values)) {
          context.report({
            node,
            messageId: use.held.session ? 'sharedSession' : 'sharedConnection',
            data: { ...describe(use.connection, use.held), count: use.count === 'many' ? 'Many' : String(use.count) },
          });
        }
      },
      function_definition(fn) {
        for (const { start, many } of overlappingTaskStarts(fn, values)) {
          context.report({
            node: start.call,
            messageId: start.held.session ? 'sharedSessionTask' : 'sharedConnectionTask',
            data: { ...describe(start.connection.text, start.held), earlier: many ? 'the task of the previous round' : 'the task started before it' },
          });
        }
      },
    };
  },
});
