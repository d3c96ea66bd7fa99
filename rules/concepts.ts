// The concept pages (docs/concepts/<slug>.md, and <slug>.ko.md in Korean) and the rules they
// explain. No dependencies beyond the docs URL base: the server's hover imports it.
import { REPOSITORY_BLOB_URL } from './docs-url';

export const CONCEPT_SLUGS = [
  'event-loop',
  'blocking',
  'concurrency-vs-parallelism',
  'running-together',
  'timeouts',
  'offloading',
  'connection-pool',
  'js-and-python',
] as const;

export type ConceptSlug = (typeof CONCEPT_SLUGS)[number];
export type ConceptLocale = 'en' | 'ko';

/** Page titles, as the pages' own `# ` headings say them (a test keeps the two in step). */
export const CONCEPT_TITLES: Record<ConceptSlug, Record<ConceptLocale, string>> = {
  'event-loop': { en: 'The event loop', ko: '이벤트 루프' },
  blocking: { en: 'Blocking vs non-blocking', ko: '블로킹과 논블로킹' },
  'concurrency-vs-parallelism': { en: 'Concurrency vs parallelism', ko: '동시성과 병렬성' },
  'running-together': { en: 'Running things together', ko: '여러 작업을 함께 실행하기' },
  timeouts: { en: 'Timeouts and cancellation', ko: '타임아웃과 취소' },
  offloading: { en: 'Offloading blocking work', ko: '블로킹 작업 떠넘기기' },
  'connection-pool': { en: 'One connection vs a pool', ko: '연결 하나와 커넥션 풀' },
  'js-and-python': { en: 'JavaScript ↔ Python', ko: 'JavaScript ↔ Python' },
};

/**
 * The idea behind each rule, most relevant first; the hover links the first. Python rules are
 * listed before they exist so their hovers link the right page from their first day.
 */
export const RULE_CONCEPTS: Record<string, readonly ConceptSlug[]> = {
  'no-floating-promises': ['event-loop', 'running-together'],
  'no-blocking-in-async': ['blocking', 'offloading'],
  'prefer-promise-all': ['running-together', 'concurrency-vs-parallelism'],
  'no-async-array-callback': ['running-together'],
  'py-unawaited-coroutine': ['event-loop', 'js-and-python'],
  'py-dangling-task': ['running-together'],
  'py-blocking-in-async': ['blocking', 'offloading'],
  'py-prefer-gather': ['running-together', 'concurrency-vs-parallelism'],
  'py-shared-connection': ['connection-pool'],
  'py-session-per-call': ['connection-pool'],
  'py-get-running-loop': ['event-loop'],
  'py-timeout-error': ['timeouts'],
  'py-await-outside-async': ['event-loop'],
};

const CONCEPTS_BASE_URL = `${REPOSITORY_BLOB_URL}/docs/concepts`;

/** The page on GitHub: what a CI user following a finding's link reads. */
export function conceptUrl(slug: ConceptSlug, locale: ConceptLocale = 'en'): string {
  return `${CONCEPTS_BASE_URL}/${conceptFileName(slug, locale)}`;
}

export function conceptFileName(slug: ConceptSlug, locale: ConceptLocale): string {
  return locale === 'ko' ? `${slug}.ko.md` : `${slug}.md`;
}

export function isConceptSlug(value: unknown): value is ConceptSlug {
  return typeof value === 'string' && (CONCEPT_SLUGS as readonly string[]).includes(value);
}

/** The concepts behind a rule, with or without the `asyncwise/` prefix. */
export function conceptsOfRule(ruleId: string): readonly ConceptSlug[] {
  return RULE_CONCEPTS[ruleId.replace(/^asyncwise\//, '')] ?? [];
}
