import { problemRule } from './problemRule';

export default problemRule('CP006', 'goal-missing', 'error', 'The plan states its long-term goal in `goal:`.');
