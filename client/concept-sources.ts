// The concept pages and the demos' recorded timings, bundled into the extension as text and
// JSON (docs/concepts/ is the one source: the same files are the repository's Markdown docs).
import blockingKo from '../docs/concepts/blocking.ko.md';
import blockingEn from '../docs/concepts/blocking.md';
import concurrencyKo from '../docs/concepts/concurrency-vs-parallelism.ko.md';
import concurrencyEn from '../docs/concepts/concurrency-vs-parallelism.md';
import connectionPoolKo from '../docs/concepts/connection-pool.ko.md';
import connectionPoolEn from '../docs/concepts/connection-pool.md';
import eventLoopKo from '../docs/concepts/event-loop.ko.md';
import eventLoopEn from '../docs/concepts/event-loop.md';
import jsAndPythonKo from '../docs/concepts/js-and-python.ko.md';
import jsAndPythonEn from '../docs/concepts/js-and-python.md';
import offloadingKo from '../docs/concepts/offloading.ko.md';
import offloadingEn from '../docs/concepts/offloading.md';
import runningTogetherKo from '../docs/concepts/running-together.ko.md';
import runningTogetherEn from '../docs/concepts/running-together.md';
import timeoutsKo from '../docs/concepts/timeouts.ko.md';
import timeoutsEn from '../docs/concepts/timeouts.md';
import timings from '../demos/timings.json';
import type { ConceptLocale, ConceptSlug } from '../rules/concepts';
import type { RecordedTimings } from './timing-chart';

export const CONCEPT_MARKDOWN: Record<ConceptSlug, Record<ConceptLocale, string>> = {
  'event-loop': { en: eventLoopEn, ko: eventLoopKo },
  blocking: { en: blockingEn, ko: blockingKo },
  'concurrency-vs-parallelism': { en: concurrencyEn, ko: concurrencyKo },
  'running-together': { en: runningTogetherEn, ko: runningTogetherKo },
  timeouts: { en: timeoutsEn, ko: timeoutsKo },
  offloading: { en: offloadingEn, ko: offloadingKo },
  'connection-pool': { en: connectionPoolEn, ko: connectionPoolKo },
  'js-and-python': { en: jsAndPythonEn, ko: jsAndPythonKo },
};

export const RECORDED_TIMINGS = timings as RecordedTimings;
