import { problemRule } from './problemRule';

export default problemRule('CP007', 'plan-too-large', 'info', 'A part of a plan too long to read on every keystroke (a huge body or frontmatter, or one costly block in the notes) is left unread, and the plan says where.');
