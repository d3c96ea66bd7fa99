// The one list of rules. Adding a rule: its folder under rules/, one line here, one fixture folder.
import noAsyncArrayCallback from './no-async-array-callback/no-async-array-callback';
import noBlockingInAsync from './no-blocking-in-async/no-blocking-in-async';
import noFloatingPromises from './no-floating-promises/no-floating-promises';
import preferPromiseAll from './prefer-promise-all/prefer-promise-all';

export const rules = {
  'no-async-array-callback': noAsyncArrayCallback,
  'no-blocking-in-async': noBlockingInAsync,
  'no-floating-promises': noFloatingPromises,
  'prefer-promise-all': preferPromiseAll,
};

export type RuleName = keyof typeof rules;
