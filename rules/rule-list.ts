// The one list of rules. Adding a rule: its folder under rules/, one line here, one fixture folder.
import noBlockingInAsync from './no-blocking-in-async/no-blocking-in-async';
import noFloatingPromises from './no-floating-promises/no-floating-promises';

export const rules = {
  'no-blocking-in-async': noBlockingInAsync,
  'no-floating-promises': noFloatingPromises,
};

export type RuleName = keyof typeof rules;
