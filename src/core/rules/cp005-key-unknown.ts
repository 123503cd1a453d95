import { problemRule } from './problemRule';

export default problemRule('CP005', 'key-unknown', 'warning', 'Every key is one the format knows (a typo is probably meant as a known key).', { hasSuggestions: true });
