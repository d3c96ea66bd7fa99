import path from 'node:path';

/**
 * The nearest answer above a file: `probe(dir)` is asked folder by folder upwards until it
 * answers (anything but null), or the file system's root is reached (undefined). Answers are kept
 * per folder for `recheckAfterMs`, so lints do not stat the same folders again, yet an edited or
 * new project file is seen soon.
 */
export class UpwardLookup<T> {
  private readonly byDir = new Map<string, { answer: T | undefined; checkedAt: number }>();

  constructor(
    private readonly probe: (dir: string) => T | null,
    private readonly recheckAfterMs = 5000,
  ) {}

  nearest(filePath: string): T | undefined {
    const now = Date.now();
    const visited: string[] = [];
    let answer: T | undefined;
    for (let dir = path.dirname(filePath); ; dir = path.dirname(dir)) {
      const cached = this.byDir.get(dir);
      if (cached && now - cached.checkedAt < this.recheckAfterMs) {
        answer = cached.answer;
        break;
      }
      visited.push(dir);
      const here = this.probe(dir);
      if (here !== null) {
        answer = here;
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    for (const dir of visited) this.byDir.set(dir, { answer, checkedAt: now });
    return answer;
  }
}
