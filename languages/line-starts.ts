/** ESLint's locations: 1-based line, 0-based column (in UTF-16 code units, like JavaScript strings). */
export interface Position {
  line: number;
  column: number;
}

/**
 * The offset each line starts at. `breaks` says what ends a line: Python ends lines at `\n` only,
 * JavaScript (and so typescript-estree's and ESLint's locations) also at `\r`, U+2028 and U+2029.
 */
export function lineStarts(text: string, breaks: RegExp): number[] {
  const starts = [0];
  const pattern = new RegExp(breaks.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

/** The line and column of `offset`, found by binary search in `starts`. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) };
}
