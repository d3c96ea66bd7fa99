// The one list of rules. Adding a rule: its folder under rules/, one line here, one fixture folder.
import noBlockingInAsync from './no-blocking-in-async/no-blocking-in-async';

export const rules = {
  'no-blocking-in-async': noBlockingInAsync,
};

export type RuleName = keyof typeof rules;
