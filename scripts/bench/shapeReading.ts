// Run by instructions.ts under valgrind (callgrind): reads one shape's body once at the smaller size
// to compile what it runs, then at the smaller and the larger size twice each, every text distinct.
// Each reading lies between two calls of process.cpuUsage, which is the one thing in this process
// that calls libuv's uv_getrusage: callgrind, told to dump its counts before that function, thus
// writes the instructions of each reading to a file of its own. A full collection before each
// reading, outside its count, gives every reading the same empty heap to start from.
import { analyse } from '../../src/extension/services/analysis';
import { READINGS, SHAPE_FRONTMATTER, SHAPE_TODAY, shapeBody } from './shapeBodies';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const shape = process.argv[2];
const sizes = process.argv.slice(3).map(Number);
// Every text made before the first mark, so that making them is counted in no reading.
const texts = READINGS.map((which, n) => `${SHAPE_FRONTMATTER}${shapeBody(shape, sizes[which])}<!-- reading ${n} -->\n`);
for (const text of texts) {
  gc();
  process.cpuUsage();
  analyse(text, { today: SHAPE_TODAY });
  process.cpuUsage();
}
