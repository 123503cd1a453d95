/**
 * The keys a plan may be written with. Each kind of mapping has its canonical keys (those of the
 * schema) and a few aliases people reach for naturally; aliases are read as the canonical key.
 */
export type Context = 'plan' | 'step' | 'gap' | 'action' | 'moment' | 'company' | 'review' | 'lint' | 'other';

const ALIASES: Partial<Record<Context, Record<string, string>>> = {
  plan: { milestones: 'steps', skills: 'gaps', deadline: 'target', 'key moments': 'moments', moment: 'moments' },
  step: { name: 'title', role: 'title', deadline: 'target', due: 'target', date: 'target' },
  gap: { name: 'title', skill: 'title', step: 'blocks', 'blocks step': 'blocks' },
  action: { name: 'title', task: 'title', deadline: 'due' },
  moment: { name: 'title', when: 'date', type: 'kind', preparation: 'prep' },
  company: { title: 'name', alumni: 'connections', why: 'motivation', jobs: 'postings' },
  review: { cadence: 'every', 'last review': 'last' },
};

/** What each list or mapping under a key holds. */
const CHILDREN: Partial<Record<Context, Record<string, Context>>> = {
  plan: { steps: 'step', gaps: 'gap', moments: 'moment', companies: 'company', review: 'review', lint: 'lint' },
  step: { actions: 'action' },
  gap: { actions: 'action' },
  moment: { actions: 'action' },
};

/** Contexts whose keys are free (rule ids, anything) and so are kept exactly as written. */
const VERBATIM: ReadonlySet<Context> = new Set(['lint', 'other']);

/** Keys are read case-insensitively (`Goal:` is `goal:`), aliases mapped to their canonical key. */
export function canonicalKey(context: Context, key: string): string {
  if (VERBATIM.has(context)) return key;
  const lower = key.trim().toLowerCase();
  return own(ALIASES[context], lower) ?? lower;
}

export function childContext(context: Context, canonical: string): Context {
  return own(CHILDREN[context], canonical) ?? 'other';
}

/** Only the table's own entries: a key like `__proto__` or `constructor` must not reach Object.prototype. */
function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

export function aliasesOf(context: Context): Readonly<Record<string, string>> {
  return ALIASES[context] ?? {};
}
