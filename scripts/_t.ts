import { evaluate, loadOthers } from './eval-smart';
const dev = loadOthers('dev').filter((s) => s.lang === 'en' && Number((s.source ?? 'S0').slice(1)) >= 2444);
const sc = evaluate(dev);
console.log('T', sc.letters.T.caught, '/', sc.letters.T.lacking, 'false', sc.letters.T.flaggedWrongly, '/', sc.letters.T.having);
for (const s of sc.letters.T.falsePositives) console.log('FP', s.text.slice(0, 150));
