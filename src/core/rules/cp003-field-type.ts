import { problemRule } from './problemRule';

export default problemRule('CP003', 'field-type', 'error', 'Every value has the type the format gives it (text, list, mapping, number, one of a set of words) and points at something that exists.');
