import { unknownKeyMessage, valueMessage } from './configMessages';
import { valueAt } from './readConfig';
import { lintConfigSchema } from './schema';

/**
 * What is wrong with a configuration given as data (the library's `config`), said as a
 * `.career-plan.json` would be told: one sentence per mistake, none when it is right.
 */
export function configMistakes(config: unknown): string[] {
  const result = lintConfigSchema.safeParse(config);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownKeyMessage(issue.path, key)) : [valueMessage(issue, valueAt(config, issue.path))],
  );
}
