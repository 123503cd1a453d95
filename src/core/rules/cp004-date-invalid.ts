import { problemRule } from './problemRule';

export default problemRule('CP004', 'date-invalid', 'error', 'Dates are real calendar days written as YYYY-MM-DD.', { hasSuggestions: true });
