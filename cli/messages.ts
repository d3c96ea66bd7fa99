import type { Locale } from '../rules/explainers';

/**
 * What the command line says about files and arguments, in every language Asyncwise speaks (rule
 * messages and explainers carry their own). `{0}`, `{1}` are filled in by `cliText`.
 */
const STRINGS = {
  en: {
    usage: `{0}

Lints JavaScript, TypeScript and Python (asyncio) files with Asyncwise's rules: every .js, .jsx,
.mjs, .cjs, .ts, .tsx, .mts, .cts and .py file in the folders given, and the files given by name
(default: {1}). Typed where a tsconfig.json or jsconfig.json covers a file.

Options:
  -f, --format <name>        asyncwise (default: findings and what they mean), stylish, json,
                             sarif (SARIF 2.1.0 for code scanning), github (GitHub Actions annotations)
  -o, --output-file <file>   write the report to a file instead of the terminal
      --fix                  apply the safe fixes (never a suggestion) and save the files
      --fix-dry-run          put the fixed text in the report (json) without saving anything
      --stdin                lint the text on standard input
      --stdin-filename <f>   the file that text stands for (its extension picks the language)
      --max-file-size <n>    skip files larger than n bytes (default {2})
      --no-type-aware        lint from syntax only, without building TypeScript programs
  -h, --help                 show this help
  -v, --version              show the version

Files that cannot be read or parsed are reported as errors, and the rest are linted. Files over
the size limit, minified files and generated files are skipped with a warning in the report.{3}

Exit code: 0 no errors, 1 errors found (or files that could not be read or parsed),
2 bad usage, a path that does not exist, or a report that could not be written.`,
    usageInstalled: 'Usage: asyncwise [file|folder ...] [options]',
    usageRepository: 'Usage: npm start --silent -- [file|folder ...] [options]\n       node dist/cli.js [file|folder ...] [options]',
    defaultInstalled: 'the folder it runs in',
    defaultRepository: 'the bundled demo',
    npmNote: '\nnpm prints its own lines before the report: for json, sarif or github, run\n"npm start --silent --" or "node dist/cli.js".',
    needsValue: '{0} needs a value',
    needsBytes: '{0} needs a number of bytes (got {1})',
    unknownOption: 'unknown option {0}',
    stdinAndPaths: '--stdin lints standard input; leave out {0}',
    stdinFilenameAlone: '--stdin-filename needs --stdin',
    fixStdin: '--fix cannot save standard input; use --fix-dry-run --format json',
    fixTwice: '--fix and --fix-dry-run: choose one',
    noPathGiven: 'No file or folder given: linting the demo in {0}',
    noSuchPath: '{0} does not exist',
    unknownFormat: 'unknown format "{0}" (use {1})',
    noFilesFound: 'warning: no JavaScript, TypeScript or Python files in {0}',
    outputIsFolder: 'cannot write the report to {0}: it is a folder',
    outputUnwritable: 'cannot write the report to {0}: {1}',
    outputFailedShownHere: 'could not write the report to {0} ({1}); here it is',
    npmBanner: 'note: npm printed its own lines before this report; for clean {0} output run "npm start --silent -- …" or "node dist/cli.js …"',
    unreadableFile: 'Could not read this file: {0}',
    unreadableFolder: 'Could not read this folder, its files were not linted: {0}',
    skippedLarge: 'Skipped: the file has {0} bytes, more than --max-file-size ({1})',
    skippedMinified: 'Skipped: the file looks minified (lines of {0} characters on average)',
    skippedGenerated: 'Skipped: the file says it is generated ("{0}")',
    notLintable: 'Skipped: not a JavaScript, TypeScript or Python file',
    notRegularFile: 'not a regular file',
    lintFailed: 'Asyncwise failed on this file, which was not linted: {0}',
    fixNotSaved: 'Could not save the fixes of this file: {0}',
  },
  ko: {
    usage: `{0}

JavaScript, TypeScript, Python(asyncio) 파일을 Asyncwise 규칙으로 검사합니다. 지정한 폴더 안의
.js, .jsx, .mjs, .cjs, .ts, .tsx, .mts, .cts, .py 파일과 이름으로 지정한 파일을 검사합니다(기본값:
{1}). tsconfig.json이나 jsconfig.json이 포함하는 파일은 타입 정보를 씁니다.

옵션:
  -f, --format <이름>        asyncwise(기본값: 문제와 그 의미), stylish, json,
                             sarif(코드 스캐닝용 SARIF 2.1.0), github(GitHub Actions 주석)
  -o, --output-file <파일>   보고서를 터미널 대신 파일에 씁니다
      --fix                  안전한 수정(제안은 제외)을 적용하고 파일을 저장합니다
      --fix-dry-run          수정된 내용을 보고서(json)에만 넣고 아무것도 저장하지 않습니다
      --stdin                표준 입력의 코드를 검사합니다
      --stdin-filename <f>   그 코드가 어떤 파일인지(확장자로 언어를 정합니다)
      --max-file-size <n>    n바이트보다 큰 파일은 건너뜁니다(기본값 {2})
      --no-type-aware        TypeScript 프로그램 없이 구문만으로 검사합니다
  -h, --help                 이 도움말을 보여 줍니다
  -v, --version              버전을 보여 줍니다

읽거나 파싱할 수 없는 파일은 오류로 보고하고 나머지 파일은 계속 검사합니다. 크기 제한을 넘는 파일,
압축(minify)된 파일, 생성된 파일은 보고서에 경고를 남기고 건너뜁니다.{3}

종료 코드: 0 오류 없음, 1 오류 발견(또는 읽거나 파싱할 수 없는 파일),
2 잘못된 사용법, 없는 경로, 또는 보고서를 쓰지 못함.`,
    usageInstalled: '사용법: asyncwise [파일|폴더 ...] [옵션]',
    usageRepository: '사용법: npm start --silent -- [파일|폴더 ...] [옵션]\n       node dist/cli.js [파일|폴더 ...] [옵션]',
    defaultInstalled: '실행한 폴더',
    defaultRepository: '함께 든 데모',
    npmNote: '\nnpm은 보고서 앞에 자체 출력을 덧붙입니다. json, sarif, github 형식에는\n"npm start --silent --"나 "node dist/cli.js"를 쓰세요.',
    needsValue: '{0}에는 값이 필요합니다',
    needsBytes: '{0}에는 바이트 수가 필요합니다({1}을(를) 받음)',
    unknownOption: '알 수 없는 옵션 {0}',
    stdinAndPaths: '--stdin은 표준 입력을 검사합니다. {0}은(는) 빼 주세요',
    stdinFilenameAlone: '--stdin-filename은 --stdin과 함께 써야 합니다',
    fixStdin: '--fix로는 표준 입력을 저장할 수 없습니다. --fix-dry-run --format json을 쓰세요',
    fixTwice: '--fix와 --fix-dry-run 중 하나만 고르세요',
    noPathGiven: '파일이나 폴더를 지정하지 않아 {0}의 데모를 검사합니다',
    noSuchPath: '{0}이(가) 없습니다',
    unknownFormat: '알 수 없는 형식 "{0}" ({1} 중 하나를 쓰세요)',
    noFilesFound: '경고: {0}에 JavaScript, TypeScript, Python 파일이 없습니다',
    outputIsFolder: '{0}은(는) 폴더라서 보고서를 쓸 수 없습니다',
    outputUnwritable: '{0}에 보고서를 쓸 수 없습니다: {1}',
    outputFailedShownHere: '{0}에 보고서를 쓰지 못해({1}) 여기에 출력합니다',
    npmBanner: '참고: npm이 이 보고서 앞에 자체 출력을 덧붙였습니다. 깨끗한 {0} 출력이 필요하면 "npm start --silent -- …" 또는 "node dist/cli.js …"로 실행하세요',
    unreadableFile: '이 파일을 읽을 수 없습니다: {0}',
    unreadableFolder: '이 폴더를 읽을 수 없어 안의 파일은 검사하지 않았습니다: {0}',
    skippedLarge: '건너뜀: 파일 크기 {0}바이트가 --max-file-size({1})보다 큽니다',
    skippedMinified: '건너뜀: 압축(minify)된 파일로 보입니다 (한 줄 평균 {0}자)',
    skippedGenerated: '건너뜀: 생성된 파일이라고 적혀 있습니다 ("{0}")',
    notLintable: '건너뜀: JavaScript, TypeScript, Python 파일이 아닙니다',
    notRegularFile: '일반 파일이 아닙니다',
    lintFailed: 'Asyncwise가 이 파일에서 실패하여 검사하지 못했습니다: {0}',
    fixNotSaved: '이 파일의 수정 사항을 저장할 수 없습니다: {0}',
  },
} satisfies Record<Locale, Record<string, string>>;

export type CliMessage = keyof (typeof STRINGS)['en'];

/** The language of everything the command line prints; English until told otherwise. */
let cliLocale: Locale = 'en';

export function useCliLocale(locale: Locale): void {
  cliLocale = locale;
}

export function cliText(key: CliMessage, ...args: (string | number)[]): string {
  return STRINGS[cliLocale][key].replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)] ?? ''));
}
