// Explainers are Markdown files beside each rule, bundled as text. They are the single source
// for hovers, the explainer panel, docs pages and the README table.
import noAsyncArrayCallbackKo from './no-async-array-callback/no-async-array-callback.ko.md';
import noAsyncArrayCallbackEn from './no-async-array-callback/no-async-array-callback.md';
import noBlockingInAsyncEn from './no-blocking-in-async/no-blocking-in-async.md';
import noBlockingInAsyncKo from './no-blocking-in-async/no-blocking-in-async.ko.md';
import noFloatingPromisesKo from './no-floating-promises/no-floating-promises.ko.md';
import noFloatingPromisesEn from './no-floating-promises/no-floating-promises.md';
import preferPromiseAllKo from './prefer-promise-all/prefer-promise-all.ko.md';
import preferPromiseAllEn from './prefer-promise-all/prefer-promise-all.md';
import pyGetRunningLoopKo from './py-get-running-loop/py-get-running-loop.ko.md';
import pyGetRunningLoopEn from './py-get-running-loop/py-get-running-loop.md';
import type { RuleName } from './rule-list';

export type Locale = 'en' | 'ko';

export const explainers: Record<RuleName, Record<Locale, string>> = {
  'no-async-array-callback': { en: noAsyncArrayCallbackEn, ko: noAsyncArrayCallbackKo },
  'no-blocking-in-async': { en: noBlockingInAsyncEn, ko: noBlockingInAsyncKo },
  'no-floating-promises': { en: noFloatingPromisesEn, ko: noFloatingPromisesKo },
  'prefer-promise-all': { en: preferPromiseAllEn, ko: preferPromiseAllKo },
  'py-get-running-loop': { en: pyGetRunningLoopEn, ko: pyGetRunningLoopKo },
};
