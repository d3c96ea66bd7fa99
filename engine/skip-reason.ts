/**
 * Files not worth linting, the same for the editor and the command line: too large (bundles,
 * vendored libraries), minified, or generated. Their findings would be noise nobody can act on, and
 * a 5 MB bundle costs minutes and gigabytes to lint.
 */
export type SkipReason =
  | { kind: 'large'; bytes: number; limit: number }
  | { kind: 'minified'; averageLineLength: number }
  | { kind: 'generated'; marker: string };

/** Checked before the text is read: the size alone. */
export function sizeSkipReason(bytes: number, limit: number): SkipReason | undefined {
  return bytes > limit ? { kind: 'large', bytes, limit } : undefined;
}

/** The size, then what the text itself says. */
export function skipReason(text: string, maxFileSize: number): SkipReason | undefined {
  return sizeSkipReason(Buffer.byteLength(text), maxFileSize) ?? minifiedReason(text) ?? generatedReason(text);
}

/**
 * GitHub Linguist's measure: code whose lines average more than 110 characters was written by a
 * minifier, not a person. Below a few kilobytes linting costs nothing, so small files are linted.
 */
const MINIFIED_AVERAGE_LINE = 110;
const MINIFIED_MIN_LENGTH = 2048;

function minifiedReason(text: string): SkipReason | undefined {
  if (text.length < MINIFIED_MIN_LENGTH) return undefined;
  const lines = text.split('\n').length;
  const averageLineLength = Math.round(text.length / lines);
  return averageLineLength > MINIFIED_AVERAGE_LINE ? { kind: 'minified', averageLineLength } : undefined;
}

/**
 * The markers generators write in a comment at the top: `@generated` (Relay, Flow, Buck),
 * `DO NOT EDIT` (protoc, Go-style "Code generated … DO NOT EDIT."), "auto-generated".
 */
const GENERATED_MARKERS = [/@generated\b/, /\bDO NOT EDIT\b/, /\bauto-?generated\b/i, /\bautomatically generated\b/i];
const HEADER_LINES = 10;

function generatedReason(text: string): SkipReason | undefined {
  const header = text.slice(0, 2000).split('\n').slice(0, HEADER_LINES);
  for (const line of header) {
    const trimmed = line.trim();
    if (!/^(\/\/|\/\*|\*|#)/.test(trimmed)) continue;
    for (const marker of GENERATED_MARKERS) {
      const found = marker.exec(trimmed);
      if (found) return { kind: 'generated', marker: found[0] };
    }
  }
  return undefined;
}
