import type { Locale } from '../rules/explainers';

/** The server's own user-facing strings; explainers carry the rest. */
const STRINGS = {
  en: {
    yourCode: 'In your code',
    example: 'Example',
    before: 'Before',
    after: 'After',
    alsoImport: 'The fix also adds the import it needs.',
    readMore: 'Read the full explanation',
    concept: 'The idea:',
    quickFixHint: 'Quick fixes: Ctrl+.',
    disableLine: 'Disable {0} for this line',
    showDocs: 'Show documentation for {0}',
    fixAll: 'Fix all safe asyncwise problems',
    skippedLarge: 'Asyncwise skipped {0}: the file is larger than asyncwise.maxFileSize ({1} bytes).',
    ruleCrashed: 'Asyncwise rule {0} failed on {1} and was skipped for it: {2}',
    lintFailed: 'Asyncwise could not lint {0}: {1}',
  },
  ko: {
    yourCode: '이 코드에서',
    example: '예시',
    before: '수정 전',
    after: '수정 후',
    alsoImport: '필요한 import도 함께 추가됩니다.',
    readMore: '전체 설명 보기',
    concept: '바탕 개념:',
    quickFixHint: '빠른 수정: Ctrl+.',
    disableLine: '이 줄에서 {0} 끄기',
    showDocs: '{0} 문서 보기',
    fixAll: '안전한 asyncwise 문제 모두 고치기',
    skippedLarge: 'Asyncwise가 {0}을(를) 건너뛰었습니다: 파일이 asyncwise.maxFileSize({1}바이트)보다 큽니다.',
    ruleCrashed: 'Asyncwise 규칙 {0}이(가) {1}에서 실패하여 이 파일에서는 건너뛰었습니다: {2}',
    lintFailed: 'Asyncwise가 {0}을(를) 검사하지 못했습니다: {1}',
  },
} satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof (typeof STRINGS)['en'];

export function t(locale: Locale, key: MessageKey, ...args: (string | number)[]): string {
  return STRINGS[locale][key].replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)] ?? ''));
}

/** `ko`, `ko-KR` → Korean; everything else English. */
export function toLocale(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
