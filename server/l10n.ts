import type { SkipReason } from '../engine/skip-reason';
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
    skippedMinified: 'Asyncwise skipped {0}: the file looks minified (lines of {1} characters on average).',
    skippedGenerated: 'Asyncwise skipped {0}: the file says it is generated ("{1}").',
    unknownRule: 'asyncwise.rules: "{0}" is not an Asyncwise rule; the setting is ignored.',
    streamUnreadable: 'Asyncwise cannot read the messages from the editor any more ({0}); the server stops so that the editor can start it again.',
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
    skippedMinified: 'Asyncwise가 {0}을(를) 건너뛰었습니다: 압축(minify)된 파일로 보입니다(한 줄 평균 {1}자).',
    skippedGenerated: 'Asyncwise가 {0}을(를) 건너뛰었습니다: 생성된 파일이라고 적혀 있습니다("{1}").',
    unknownRule: 'asyncwise.rules: "{0}"은(는) Asyncwise 규칙이 아니므로 이 설정은 무시됩니다.',
    streamUnreadable: 'Asyncwise가 편집기에서 오는 메시지를 더 이상 읽을 수 없습니다({0}). 편집기가 서버를 다시 시작할 수 있도록 서버를 멈춥니다.',
    ruleCrashed: 'Asyncwise 규칙 {0}이(가) {1}에서 실패하여 이 파일에서는 건너뛰었습니다: {2}',
    lintFailed: 'Asyncwise가 {0}을(를) 검사하지 못했습니다: {1}',
  },
} satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof (typeof STRINGS)['en'];

export function t(locale: Locale, key: MessageKey, ...args: (string | number)[]): string {
  return STRINGS[locale][key].replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)] ?? ''));
}

/** Why a file was not linted, for the status bar. */
export function skipMessage(locale: Locale, fileName: string, reason: SkipReason): string {
  switch (reason.kind) {
    case 'large': return t(locale, 'skippedLarge', fileName, reason.limit);
    case 'minified': return t(locale, 'skippedMinified', fileName, reason.averageLineLength);
    case 'generated': return t(locale, 'skippedGenerated', fileName, reason.marker);
  }
}

/** `ko`, `ko-KR` → Korean; everything else English. */
export function toLocale(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
