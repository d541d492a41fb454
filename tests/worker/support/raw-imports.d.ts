/** `import text from './file.md?raw'`: a file's text, through vite. */
declare module '*?raw' {
  const text: string;
  export default text;
}
