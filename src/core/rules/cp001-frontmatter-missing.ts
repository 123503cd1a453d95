import { problemRule } from './problemRule';

export default problemRule('CP001', 'frontmatter-missing', 'error', 'A plan starts with YAML frontmatter between two `---` lines.');
