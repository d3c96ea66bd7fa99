import type { ConceptLocale } from '../rules/concepts';

/**
 * The strings of the concept pages, demos and menus. They follow `asyncwise.locale` like the
 * pages do (VS Code's own l10n follows only the display language, which code-server and many
 * setups cannot switch).
 */
const STRINGS = {
  en: {
    ideaBehindIt: 'The idea behind it:',
    pickConcept: 'Which idea?',
    walkthrough: 'Async in 10 minutes',
    walkthroughDetail: 'The walkthrough: a finding, its hover, its fix, a demo and a concept page',
    pickDemo: 'Which demo? It runs in a terminal and prints how long each way took.',
    demoHeader: 'Asyncwise demo: {0} (timers stand in for the network; nothing leaves your machine)',
    demoExit: 'The demo ended with exit code {0}.',
    pythonMissing: 'Python 3 was not found on PATH ({0}). Install it, or run the JavaScript demo of the same page.',
    menuOutput: 'Show the output',
    menuLearn: 'Concept pages…',
    menuWalkthrough: 'Walkthrough: Async in 10 minutes',
    menuDemo: 'Run a demo…',
    menuRestart: 'Restart the language server',
  },
  ko: {
    ideaBehindIt: '바탕이 되는 개념:',
    pickConcept: '어떤 개념을 볼까요?',
    walkthrough: '10분 만에 배우는 비동기',
    walkthroughDetail: '둘러보기: 문제 찾기, 호버, 수정, 데모, 개념 글까지',
    pickDemo: '어떤 데모를 실행할까요? 터미널에서 실행되고 방식마다 걸린 시간을 보여 줍니다.',
    demoHeader: 'Asyncwise 데모: {0} (네트워크 대신 타이머를 씁니다. 외부로 나가는 요청은 없습니다)',
    demoExit: '데모가 종료 코드 {0}로 끝났습니다.',
    pythonMissing: 'PATH에서 Python 3을 찾지 못했습니다({0}). 설치하거나 같은 글의 JavaScript 데모를 실행하세요.',
    menuOutput: '출력 보기',
    menuLearn: '개념 글…',
    menuWalkthrough: '둘러보기: 10분 만에 배우는 비동기',
    menuDemo: '데모 실행…',
    menuRestart: '언어 서버 다시 시작',
  },
} satisfies Record<ConceptLocale, Record<string, string>>;

export type LearnStringKey = keyof (typeof STRINGS)['en'];

export function learnString(locale: ConceptLocale, key: LearnStringKey, ...args: (string | number)[]): string {
  return STRINGS[locale][key].replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)] ?? ''));
}
