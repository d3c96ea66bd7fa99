// The one list of rules. Adding a rule: its folder under rules/, one line here, one fixture folder.
// JavaScript/TypeScript rules and Python rules are kept apart: each set runs only on its language.
import noAsyncArrayCallback from './no-async-array-callback/no-async-array-callback';
import noBlockingInAsync from './no-blocking-in-async/no-blocking-in-async';
import noFloatingPromises from './no-floating-promises/no-floating-promises';
import preferPromiseAll from './prefer-promise-all/prefer-promise-all';
import pyAwaitOutsideAsync from './py-await-outside-async/py-await-outside-async';
import pyBlockingInAsync from './py-blocking-in-async/py-blocking-in-async';
import pyDanglingTask from './py-dangling-task/py-dangling-task';
import pyGetRunningLoop from './py-get-running-loop/py-get-running-loop';
import pyPreferGather from './py-prefer-gather/py-prefer-gather';
import pySessionPerCall from './py-session-per-call/py-session-per-call';
import pySharedConnection from './py-shared-connection/py-shared-connection';
import pyTimeoutError from './py-timeout-error/py-timeout-error';
import pyUnawaitedCoroutine from './py-unawaited-coroutine/py-unawaited-coroutine';

export const javascriptRules = {
  'no-async-array-callback': noAsyncArrayCallback,
  'no-blocking-in-async': noBlockingInAsync,
  'no-floating-promises': noFloatingPromises,
  'prefer-promise-all': preferPromiseAll,
};

export const pythonRules = {
  'py-await-outside-async': pyAwaitOutsideAsync,
  'py-blocking-in-async': pyBlockingInAsync,
  'py-dangling-task': pyDanglingTask,
  'py-get-running-loop': pyGetRunningLoop,
  'py-prefer-gather': pyPreferGather,
  'py-session-per-call': pySessionPerCall,
  'py-shared-connection': pySharedConnection,
  'py-timeout-error': pyTimeoutError,
  'py-unawaited-coroutine': pyUnawaitedCoroutine,
};

export type JavaScriptRuleName = keyof typeof javascriptRules;
export type PythonRuleName = keyof typeof pythonRules;
export type RuleName = JavaScriptRuleName | PythonRuleName;

/** Every rule of the plugin. */
export const rules = { ...javascriptRules, ...pythonRules };
