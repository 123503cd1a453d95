/**
 * Generated plans for the benchmark. Every call with a new `seed` gives a text that differs from all
 * others in many places (titles, dates, notes), so no parser cache can serve one run from another.
 */
export type Size = 'typical' | 'large' | 'huge';

export interface PlanSpec {
  readonly steps: number;
  readonly gaps: number;
  /** Approximate length of the Markdown body, in characters. */
  readonly bodyLength: number;
}

export const SPECS: Record<Size, PlanSpec> = {
  typical: { steps: 5, gaps: 5, bodyLength: 2_000 },
  large: { steps: 200, gaps: 100, bodyLength: 50_000 },
  huge: { steps: 200, gaps: 100, bodyLength: 5_000_000 },
};

const ROLES = ['Team lead', 'Staff engineer', 'Group manager', 'Principal engineer', 'Head of platform', 'Director of engineering'];
const AREAS = ['payments', 'search', 'billing', 'mobile', 'data platform', 'identity', 'growth', 'infrastructure'];
const SKILLS = ['Hiring and interviewing', 'Budget ownership', 'Public speaking', 'System design reviews', 'Coaching new leads', 'Roadmap negotiation', 'Incident command'];
const VERBS = ['Run', 'Write', 'Shadow', 'Present', 'Review', 'Lead', 'Pair on'];

function date(seed: number, n: number): string {
  const year = 2026 + ((seed + n) % 5);
  const month = 1 + ((seed * 7 + n * 3) % 12);
  const day = 1 + ((seed * 13 + n * 5) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

export function stepTitle(seed: number, i: number): string {
  return `${pick(ROLES, i)} of the ${pick(AREAS, seed + i)} team, round ${seed}-${i}`;
}

function frontmatter(spec: PlanSpec, seed: number): string {
  const out: string[] = [
    '---',
    `goal: Become director of engineering at a 200-person product company by 2030 (plan ${seed})`,
    `target: ${date(seed, 99)}`,
    'values: [autonomy, family time, building teams]',
    `review: { every: 3 months, last: ${date(seed, 1)} }`,
    'steps:',
  ];
  // Steps in date order, seven months apart; those already past are done, as in a plan kept for years.
  const firstStep = spec.steps > 20 ? 2019 * 12 : 2026 * 12 + 8;
  for (let i = 0; i < spec.steps; i++) {
    const month = firstStep + i * 7 + (seed % 2);
    const target = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(1 + ((seed + i) % 28)).padStart(2, '0')}`;
    out.push(`  - title: ${stepTitle(seed, i)}`);
    // The last step has no date yet: a plan being written always has something for the linter.
    if (i < spec.steps - 1) out.push(`    target: ${target}`);
    if (target < '2026-06-01') out.push(`    done: ${target}`);
    if (i % 3 === 0) out.push('    actions:', `      - ${pick(VERBS, i)} a quarterly plan with ${i + seed % 7} stakeholders`);
  }
  out.push('gaps:');
  for (let i = 0; i < spec.gaps; i++) {
    // Ranked gaps: the first is being worked on, every fourth is already closed, the rest are open.
    const status = i === 0 ? 'active' : i % 4 === 3 ? 'closed' : 'open';
    out.push(`  - title: ${pick(SKILLS, i)} ${seed}.${i}`, `    status: ${status}`, `    blocks: ${1 + (i % spec.steps)}`);
    out.push('    actions:', `      - ${pick(VERBS, i + 1)} ${10 + i} interviews with a senior peer watching`, `      - title: ${pick(VERBS, i + 2)} a guide for the team, version ${seed}`, `        due: ${date(seed, i + 2)}`);
  }
  out.push(
    'moments:',
    `  - title: Annual performance review ${seed}`,
    `    date: ${date(seed, 3)}`,
    '    prep: [List three results with their numbers, Ask for the lead role]',
    'companies:',
    '  - name: Acme Analytics',
    '    priority: high',
    '    connections: [former manager]',
    '    motivation: Product-led, remote-first, an engineering culture I admire',
    '---',
    '',
  );
  return out.join('\n');
}

/** One section of notes: a heading, prose with inline Markdown, a task list and sometimes a comment or code. */
function section(seed: number, n: number): string {
  const skill = pick(SKILLS, n);
  const lines = [
    `## ${skill} ${seed}.${n}`,
    '',
    `Notes from week ${n} of plan ${seed}: the *${pick(AREAS, n)}* group asked for a **clear** owner. See [the ladder](https://example.invalid/ladder-${n}) and \`review-${seed}\`.`,
    `A second line of the same paragraph, about ${pick(VERBS, n).toLowerCase()} sessions and what they taught.`,
    '',
    `- [x] ${pick(VERBS, n)} the first draft with my manager`,
    `- [ ] ${pick(VERBS, n + 1)} two debriefs with the hiring manager (due ${date(seed, n)})`,
    `- [ ] Ask ${n % 5} peers for written feedback`,
    '',
  ];
  if (n % 4 === 0) lines.push('<!-- career-plan-disable-next-line CP101 -->', `> Quote from a mentor, number ${n}: start before you feel ready.`, '');
  if (n % 6 === 0) lines.push('```text', `ticket-${seed}-${n}: # not a heading`, '```', '');
  return lines.join('\n');
}

/** A plan of the given size; `seed` makes it distinct from every other seed. */
export function makePlan(size: Size, seed: number): string {
  const spec = SPECS[size];
  const parts = [frontmatter(spec, seed), `# Notes for plan ${seed}\n\n`];
  let length = parts[1].length;
  for (let n = 0; length < spec.bodyLength; n++) {
    const next = section(seed, n);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

/** Where a keystroke lands: inside the first step's title, and inside the body's last paragraph. */
export function keystrokeOffsets(text: string, seed: number): { frontmatter: number; body: number } {
  const title = stepTitle(seed, 0);
  const inTitle = text.indexOf(title) + title.length - 3;
  const inBody = text.lastIndexOf('Ask ') + 2;
  if (inTitle < 3 || inBody < 2) throw new Error('keystroke anchors not found');
  return { frontmatter: inTitle, body: inBody };
}

export function typeAt(text: string, offset: number, character: string): string {
  return text.slice(0, offset) + character + text.slice(offset);
}
