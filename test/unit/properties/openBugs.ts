/**
 * Defects the properties found in code this suite does not own, while they wait for a fix. Each is
 * matched as narrowly as possible, counted when met (the tests print the counts) and has its
 * regression fixture, which fails as soon as the defect is gone so the entry gets removed. Nothing
 * else is tolerated.
 */
export interface OpenBug {
  readonly id: string;
  readonly where: string;
  readonly description: string;
  /** The regression fixture that shows it, under test/fixtures/regressions/. */
  readonly fixture: string;
  /** The test that shows it, when the property checks cannot (they run on the fixture like on any other). */
  readonly shownBy?: string;
}

export const OPEN_BUGS = {
  crlfPosition: {
    id: 'crlf-position',
    where: 'src/core/lineIndex.ts (LineIndex.positionAt)',
    description:
      'An offset between the \\r and the \\n of a CRLF line break (the YAML library reports some errors there) becomes character = line length + 1, one past the end of the line.',
    fixture: 'crlf-position.md',
  },
  explicitNull: {
    id: 'explicit-null',
    where: 'src/core/edits/fields.ts (setMapField, endOfEmptyValue) and src/core/edits/keyedLists.ts (appendToKeyList)',
    description:
      'A key written with YAML\'s explicit nothing (`done: ~`, `target: null`) counts as empty, so the new value is inserted after the colon and before the `~`: `done: 2026-06-15 ~` reads as the text "2026-06-15 ~", `values: [a, b] ~` and a list under `prep: ~` break the YAML.',
    fixture: 'explicit-null.md',
  },
  dashComment: {
    id: 'dash-comment',
    where: 'src/core/edits/lists.ts (dashOffset, and so moveListItem, appendListItem, contentOffset)',
    description:
      'A block list item whose first line is its dash and a comment (`- # the big one` with the keys below) is not found from its content, so a move leaves the dash behind (`Sequence item without - indicator`) and an appended item is indented under the last one.',
    fixture: 'dash-comment.md',
  },
  yearTenThousand: {
    id: 'year-10000',
    where: 'src/core/rules/cp601-step-target-missing.ts (placeholderFor, through addMonths in src/core/dates.ts)',
    description:
      'After a step dated in 9999, the placeholder target six months on is `10000-06-30`, which the fix writes and the parser then rejects as not YYYY-MM-DD (CP004).',
    fixture: 'year-10000.md',
  },
  terminalEscape: {
    id: 'terminal-escape',
    where: 'src/cli/format/stylish.ts and src/cli/commands/next.ts: the text output of `career-plan lint` and `career-plan next`',
    description:
      'Finding messages quote plan text (titles, goal phrases) and are printed as they are, so a plan whose YAML writes `"\\e]8;;https://…\\e\\\\"` or `"\\e[2J"` makes `career-plan lint` and `career-plan next` emit terminal escape sequences: a disguised hyperlink, a cleared screen, a changed window title.',
    fixture: 'terminal-escape.md',
    shownBy: 'test/unit/security/noInjection.test.ts',
  },
  yaml11Tags: {
    id: 'yaml11-tags',
    where: 'src/core/parse/yamlTree.ts (readYamlLibrary: scalar values are taken as the YAML library resolved them)',
    description:
      'An explicit `!!timestamp` or `!!binary` tag is resolved with YAML 1.1 types, so the plan holds a Date or a Buffer where text was written (in the `lint:` block\'s value, kept as is), and CP003 says "it is the value Wed Mar 31 2027 00:00:00 GMT+0000…" instead of quoting what is written. Nothing runs, but the promise that tags stay text does not hold for these two.',
    fixture: 'yaml11-tags.md',
    shownBy: 'test/unit/security/inert.test.ts',
  },
  pathologicalMarkdown: {
    id: 'pathological-markdown',
    where: 'src/core/parse/body.ts (readBodyParts: a body with no place to cut it still goes to micromark in one piece)',
    description:
      'The body is now read in pieces cut between top-level blocks, containers past 40 levels on a line are read as text, and a flood of `*`/`_` turns emphasis off, which bounds nested markers, alternating emphasis and long journals. What is left: inside one top-level list item or quote there is no cut, and every inner container that closes there costs micromark time in proportion to all it has read, so 100 KB of `> - a` / `> b` lines in one quote takes about a minute and `- top` followed by 100 KB of indented `> a` / `b` about half of that.',
    fixture: 'pathological-markdown.md',
    shownBy: 'test/unit/security/bounded.test.ts',
  },
  blocksNumber: {
    id: 'blocks-number',
    where: 'src/core/edits/steps.ts (moveStep), and so the tree\'s move and CP303\'s fix',
    description:
      'Moving a step leaves every gap\'s `blocks: <number>` as it was, so the gap now stands in front of whichever step has that number: silently another step, or, next to a step without a title, none at all (CP003 "`2` names no step").',
    fixture: 'blocks-number.md',
  },
  notificationLinks: {
    id: 'notification-links',
    where: 'src/core/reminders.ts (reminderMessage), and the messages of src/extension/commands/markNextStepDone.ts and showNextTarget.ts',
    description:
      'VS Code renders `[label](command:…)` in a notification message as a link and runs it with commands allowed. Reminder and command messages quote step and moment titles as they are, so a plan whose step is titled `[open the plan](command:workbench.action.terminal.sendSequence?…)` puts a one-click command, with arguments of its choosing, in the daily reminder.',
    fixture: 'notification-links.md',
    shownBy: 'test/unit/security/noInjection.test.ts',
  },
} as const satisfies Record<string, OpenBug>;

export type OpenBugId = keyof typeof OPEN_BUGS;

const hits = new Map<OpenBugId, number>();

export function metOpenBug(id: OpenBugId): void {
  hits.set(id, (hits.get(id) ?? 0) + 1);
}

export function openBugHits(): ReadonlyMap<OpenBugId, number> {
  return hits;
}

/** Whether a bug's tolerance is switched off (the regression test does this to see it still exists). */
let strict = false;

export function withOpenBugsStrict<T>(run: () => T): T {
  const before = strict;
  strict = true;
  try {
    return run();
  } finally {
    strict = before;
  }
}

export function tolerating(): boolean {
  return !strict;
}
