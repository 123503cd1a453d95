import { problemRule } from './problemRule';

export default problemRule('CP009', 'placeholder-unfilled', 'warning', "A plan written from a template has no slot still holding the template's placeholder (`[Gap 1]`, `<your goal>`, `TBD`, `YYYY-MM-DD`).");
