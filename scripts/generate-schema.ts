// Writes schemas/career-plan.schema.json from the zod schema; `--check` fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { planJsonSchema } from '../src/core/format/jsonSchema';

const file = path.resolve(__dirname, '../schemas/career-plan.schema.json');
const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(file, 'utf8');
  if (current !== text) {
    console.error('schemas/career-plan.schema.json is stale: run `npm run schema`.');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
