import { problemRule } from './problemRule';

export default problemRule('CP007', 'plan-too-large', 'info', 'A plan whose notes are too long to read on every keystroke has only its frontmatter checked.');
