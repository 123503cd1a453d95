/**
 * A stand-in for words the rules never saw, so an idea can be estimated on `dev` before the one
 * look at `test` (`npm run eval:smart -- --unseen`).
 *
 * The word lists of src/core/smart/lexicon.ts were grown while reading `dev`'s misses, so `dev`
 * flatters them: `test`'s publishers use everyday words the lists do not hold. This takes out of
 * every list the words added since the corpus was collected (commit b2acd0f, whose lists are kept
 * in eval-smart-lexicon-b2acd0f.json) that occur in a `dev` statement, which leaves `dev` reading
 * its own words about as `test` reads new ones. It changes the lists in this process only.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { VERBS } from '../src/core/smart/clauses';
import * as lexicon from '../src/core/smart/lexicon';

/** The lists that make up VERBS, which clauses.ts copies once when it is loaded. */
const VERB_LISTS = ['OUTCOME_VERBS', 'OPEN_ENDED_VERBS', 'GENERAL_VERBS', 'DELIVERABLE_VERBS', 'DONE_VERBS'];

const BEFORE = path.join(__dirname, 'eval-smart-lexicon-b2acd0f.json');

/** Words as the word lists hold them: lower case, "team's" as "team". */
const wordsIn = (text: string) => (text.toLowerCase().replace(/’/g, "'").match(/[\p{L}'-]+/gu) ?? []).map((word) => word.replace(/'s$/, ''));

/**
 * Takes out of the word lists every word added since b2acd0f that one of `texts` uses. Returns
 * how many words each list lost. Call it once, before the statements are read.
 */
export function forgetWordsLearntFrom(texts: readonly string[]): Record<string, number> {
  const before: Record<string, string> = JSON.parse(readFileSync(BEFORE, 'utf8'));
  const used = new Set(texts.flatMap(wordsIn));
  const lists = Object.entries(lexicon).filter((entry): entry is [string, Set<string>] => entry[1] instanceof Set);
  const lost: Record<string, number> = {};
  for (const [name, list] of lists) {
    const old = new Set((before[name] ?? '').split(' '));
    const forgotten = [...list].filter((word) => !old.has(word) && used.has(word));
    for (const word of forgotten) list.delete(word);
    if (forgotten.length > 0) lost[name] = forgotten.length;
  }
  const verbs = VERBS as Set<string>;
  const verbLists = lists.filter(([name]) => VERB_LISTS.includes(name)).map(([, list]) => list);
  for (const verb of [...verbs]) if (!verbLists.some((list) => list.has(verb))) verbs.delete(verb);
  return lost;
}
