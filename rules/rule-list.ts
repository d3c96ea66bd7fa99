// The one list of rules. Adding a rule: its folder under rules/, one line here, one fixture folder.
// JavaScript/TypeScript rules and Python rules are kept apart: each set runs only on its language.
import noAsyncArrayCallback from './no-async-array-callback/no-async-array-callback';
import noBlockingInAsync from './no-blocking-in-async/no-blocking-in-async';
import noFloatingPromises from './no-floating-promises/no-floating-promises';
import preferPromiseAll from './prefer-promise-all/prefer-promise-all';
import pyGetRunningLoop from './py-get-running-loop/py-get-running-loop';

export const javascriptRules = {
  'no-async-array-callback': noAsyncArrayCallback,
  'no-blocking-in-async': noBlockingInAsync,
  'no-floating-promises': noFloatingPromises,
  'prefer-promise-all': preferPromiseAll,
};

export const pythonRules = {
  'py-get-running-loop': pyGetRunningLoop,
};

export type JavaScriptRuleName = keyof typeof javascriptRules;
export type PythonRuleName = keyof typeof pythonRules;
export type RuleName = JavaScriptRuleName | PythonRuleName;

/** Every rule of the plugin. */
export const rules = { ...javascriptRules, ...pythonRules };
