// One timing of the floor or the peer on one generated plan, in its own process so run.ts can stop
// it: on the 5 MB plan micromark and markdownlint run for minutes. Prints CPU and wall-clock ms.
import { markdownlintSync, tokenize } from './floor';
import { makePlan, type Size } from './plans';

const [size, measure] = process.argv.slice(2) as [Size, 'floor' | 'markdownlint'];
const text = makePlan(size, 9_000_000);
const wallStart = performance.now();
const start = process.cpuUsage();
if (measure === 'floor') tokenize(text);
else markdownlintSync(text);
const used = process.cpuUsage(start);
process.stdout.write(JSON.stringify({ cpu: (used.user + used.system) / 1000, wall: performance.now() - wallStart }));
