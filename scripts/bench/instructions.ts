// `npx tsx scripts/bench/instructions.ts [shape…]`: the instructions one reading of each body shape
// (shapeBodies.ts) executes at 80 and 160 KB, counted by valgrind, and their ratio, as a Markdown
// table: npm run bench's growth rows on their own, for a profile or a change to one reader. About
// 25 seconds a shape; valgrind must be installed.
import { join } from 'node:path';
import { bundleScripts } from './bundleScripts';
import { countShape, valgrindPresent } from './instructionCount';
import { SHAPES, SHAPE_SIZES } from './shapeBodies';

const OUT = join(__dirname, '..', '..', 'out', 'bench');

async function main(): Promise<void> {
  if (!valgrindPresent()) {
    console.error('valgrind is not installed (apt-get install valgrind).');
    process.exit(2);
  }
  // Bundled as run.ts bundles the bench's scripts: the count is of the code the bench times.
  await bundleScripts({ shapeReading: join(__dirname, 'shapeReading.ts') }, OUT);
  const asked = process.argv.slice(2);
  const shapes = asked.length > 0 ? asked : Object.keys(SHAPES);
  const [small, large] = SHAPE_SIZES.map((bytes) => `${bytes / 1024} KB`);
  console.log(`| shape | ${small} | ${large} | growth | repeats differ by |\n|---|---:|---:|---:|---:|`);
  for (const shape of shapes) {
    if (!SHAPES[shape]) throw new Error(`no shape named "${shape}"`);
    const figures = countShape(join(OUT, 'shapeReading.js'), shape, SHAPE_SIZES);
    const millions = (count: number) => `${(count / 1e6).toFixed(1)} M`;
    console.log(`| ${shape} | ${millions(figures.small)} | ${millions(figures.large)} | ${figures.growth.toFixed(3)}× | ${(100 * figures.spread).toFixed(2)} % |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
