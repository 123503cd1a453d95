/**
 * The parts of the code and the layers they stand on, lowest first. A part imports only parts of
 * lower layers (and itself): test/unit/architecture.test.ts holds the code to this, and
 * scripts/architecture/picture.ts draws it for docs/architecture.md. A part is a folder of src/core,
 * or one of the adapters (src/cli, src/extension, src/lib, src/remark, src/sentence) or src/offline
 * as a whole.
 */
export const LAYERS: readonly (readonly Part[])[] = [
  [
    { name: 'document', says: 'ranges, line index, findings, the read cache' },
    { name: 'calendar', says: 'calendar dates and cadences' },
    { name: 'settings', says: 'setting defaults, generated from package.json' },
    { name: 'scan', says: 'exclude globs, .gitignore patterns' },
    { name: 'offline', says: 'src/offline: what bundles get for network modules and globals' },
  ],
  [{ name: 'format', says: 'the format table: every key, its schema, plan detection' }],
  [{ name: 'plan', says: 'the typed model of a plan' }],
  [{ name: 'bodyplan', says: 'plans written without frontmatter: shapes and their reading' }],
  [{ name: 'parse', says: 'text to model, whole or incremental' }],
  [
    { name: 'smart', says: 'reads a goal sentence' },
    { name: 'edits', says: 'minimal text edits' },
    { name: 'annotate', says: 'date and step notes' },
    { name: 'schedule', says: 'next, countdown, reminders' },
    { name: 'timeline', says: 'the timeline picture' },
    { name: 'ics', says: 'calendar export' },
  ],
  [
    { name: 'fixes', says: 'fixes built from edits' },
    { name: 'coach', says: 'goal coach, new-plan text' },
    { name: 'convert', says: 'a body-only plan given its frontmatter' },
    { name: 'review', says: 'a review: its questions, its edits, its entry' },
    { name: 'summary', says: 'the summary to share: markdown, html, text' },
    { name: 'celebrate', says: 'what to say when a step is reached or a gap closed' },
    { name: 'history', says: 'the plan over time: trend chart' },
  ],
  [{ name: 'rules', says: 'one file per rule, the registry' }],
  [{ name: 'lint', says: 'runs the rules, applies directives' }],
  [
    { name: 'completion', says: 'what to suggest where' },
    { name: 'config', says: '.career-plan.json: read, checked, cascaded' },
  ],
  [{ name: 'sentence', says: 'src/sentence: the sentence encoder, run by TensorFlow.js' }],
  [
    { name: 'cli', says: 'src/cli: the terminal' },
    { name: 'extension', says: 'src/extension: VS Code' },
  ],
  [{ name: 'lib', says: 'src/lib: the npm library (configuration read as the CLI does)' }],
  [{ name: 'remark', says: 'src/remark: the remark-lint plugin' }],
];

export interface Part {
  readonly name: string;
  /** What the part holds, in a few words. */
  readonly says: string;
}

/** The part a source file belongs to (a path relative to the repository), or undefined outside src. */
export function partOf(file: string): string | undefined {
  const segments = file.split('/');
  if (segments[0] !== 'src') return undefined;
  if (ADAPTERS.has(segments[1])) return segments[1];
  return segments[1] === 'core' && segments.length > 3 ? segments[2] : undefined;
}

export const ADAPTERS: ReadonlySet<string> = new Set(['cli', 'extension', 'lib', 'remark', 'sentence', 'offline']);

/** The layer of each part: 0 is the ground. */
export const LAYER_OF: ReadonlyMap<string, number> = new Map(LAYERS.flatMap((layer, index) => layer.map((part) => [part.name, index] as const)));
