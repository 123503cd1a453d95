import { problemRule } from './problemRule';

export default problemRule('CP002', 'frontmatter-syntax', 'error', 'The frontmatter is valid YAML, fenced by `---` lines, with no aliases, custom tags or other languages.');
