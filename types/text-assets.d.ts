// esbuild's `text` loader turns these imports into the file's contents.
declare module '*.md' {
  const text: string;
  export default text;
}
