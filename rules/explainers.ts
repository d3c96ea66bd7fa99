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
import pyAwaitOutsideAsyncKo from './py-await-outside-async/py-await-outside-async.ko.md';
import pyAwaitOutsideAsyncEn from './py-await-outside-async/py-await-outside-async.md';
import pyBlockingInAsyncKo from './py-blocking-in-async/py-blocking-in-async.ko.md';
import pyBlockingInAsyncEn from './py-blocking-in-async/py-blocking-in-async.md';
import pyDanglingTaskKo from './py-dangling-task/py-dangling-task.ko.md';
import pyDanglingTaskEn from './py-dangling-task/py-dangling-task.md';
import pyGetRunningLoopKo from './py-get-running-loop/py-get-running-loop.ko.md';
import pyGetRunningLoopEn from './py-get-running-loop/py-get-running-loop.md';
import pyPreferGatherKo from './py-prefer-gather/py-prefer-gather.ko.md';
import pyPreferGatherEn from './py-prefer-gather/py-prefer-gather.md';
import pySessionPerCallKo from './py-session-per-call/py-session-per-call.ko.md';
import pySessionPerCallEn from './py-session-per-call/py-session-per-call.md';
import pySharedConnectionKo from './py-shared-connection/py-shared-connection.ko.md';
import pySharedConnectionEn from './py-shared-connection/py-shared-connection.md';
import pyTimeoutErrorKo from './py-timeout-error/py-timeout-error.ko.md';
import pyTimeoutErrorEn from './py-timeout-error/py-timeout-error.md';
import pyUnawaitedCoroutineKo from './py-unawaited-coroutine/py-unawaited-coroutine.ko.md';
import pyUnawaitedCoroutineEn from './py-unawaited-coroutine/py-unawaited-coroutine.md';
import type { RuleName } from './rule-list';

export type Locale = 'en' | 'ko';

export const explainers: Record<RuleName, Record<Locale, string>> = {
  'no-async-array-callback': { en: noAsyncArrayCallbackEn, ko: noAsyncArrayCallbackKo },
  'no-blocking-in-async': { en: noBlockingInAsyncEn, ko: noBlockingInAsyncKo },
  'no-floating-promises': { en: noFloatingPromisesEn, ko: noFloatingPromisesKo },
  'prefer-promise-all': { en: preferPromiseAllEn, ko: preferPromiseAllKo },
  'py-await-outside-async': { en: pyAwaitOutsideAsyncEn, ko: pyAwaitOutsideAsyncKo },
  'py-blocking-in-async': { en: pyBlockingInAsyncEn, ko: pyBlockingInAsyncKo },
  'py-dangling-task': { en: pyDanglingTaskEn, ko: pyDanglingTaskKo },
  'py-get-running-loop': { en: pyGetRunningLoopEn, ko: pyGetRunningLoopKo },
  'py-prefer-gather': { en: pyPreferGatherEn, ko: pyPreferGatherKo },
  'py-session-per-call': { en: pySessionPerCallEn, ko: pySessionPerCallKo },
  'py-shared-connection': { en: pySharedConnectionEn, ko: pySharedConnectionKo },
  'py-timeout-error': { en: pyTimeoutErrorEn, ko: pyTimeoutErrorKo },
  'py-unawaited-coroutine': { en: pyUnawaitedCoroutineEn, ko: pyUnawaitedCoroutineKo },
};
