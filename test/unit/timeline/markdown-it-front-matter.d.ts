// The front-matter rule VS Code's Markdown preview uses; the package ships no types.
declare module 'markdown-it-front-matter' {
  import type MarkdownIt from 'markdown-it';
  const frontMatter: (md: MarkdownIt, callback: (frontMatter: string) => void) => void;
  export default frontMatter;
}
