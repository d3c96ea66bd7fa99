// Explainers are Markdown files beside each rule, bundled as text. They are the single source
// for hovers, the explainer panel, docs pages and the README table.
import noBlockingInAsyncEn from './no-blocking-in-async/no-blocking-in-async.md';
import noBlockingInAsyncKo from './no-blocking-in-async/no-blocking-in-async.ko.md';
import noFloatingPromisesKo from './no-floating-promises/no-floating-promises.ko.md';
import noFloatingPromisesEn from './no-floating-promises/no-floating-promises.md';
import type { RuleName } from './rule-list';

export type Locale = 'en' | 'ko';

export const explainers: Record<RuleName, Record<Locale, string>> = {
  'no-blocking-in-async': { en: noBlockingInAsyncEn, ko: noBlockingInAsyncKo },
  'no-floating-promises': { en: noFloatingPromisesEn, ko: noFloatingPromisesKo },
};
