import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { inertLinks } from '../../../src/core/schedule/notificationText';
import { PROPERTY_SEED } from '../properties/budget';

/**
 * What VS Code's notification and input-box renderer takes for a link (its linkedText parser, as of
 * 1.100): a bracketed label with no `]` inside, right away a `(`, a URL starting with http(s)://,
 * command: or file:, an optional quoted title, and `)`.
 */
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;

const HOSTILE = [
  '[open the plan](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22echo%22%7D)',
  '[[nested](command:a)](command:b)',
  '[a\\](command:escaped\\)',
  '\\[a\\]\\(command:x\\)',
  '[label](https://evil.invalid "a title")',
  '[file](file:///etc/passwd)',
  '[x] (command:spaced) and <command:workbench.action.quit>',
  '[A](COMMAND:upper.case)',
];

describe('inertLinks', () => {
  it('leaves no link VS Code would render in hostile titles, and reads the same', () => {
    for (const title of HOSTILE) {
      const message = inertLinks(`Your step "${title}" is due today.`);
      assert.doesNotMatch(message, VSCODE_LINK, `a link survived in ${JSON.stringify(message)}`);
      assert.equal(message.replaceAll('\u200b', ''), `Your step "${title}" is due today.`, 'only invisible breaks are added');
    }
  });

  it('changes nothing in a message without a `](`', () => {
    assert.equal(inertLinks('Marked "Team lead [interim] (2027)" done.'), 'Marked "Team lead [interim] (2027)" done.');
  });

  it('makes any mix of brackets, backslashes and link targets inert', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '\\', ' ', '"', "'", 'command:x', 'https://a.b', 'file:/c', '<', '>', 'text');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join('')), (text) => {
        assert.doesNotMatch(inertLinks(text), VSCODE_LINK);
        assert.equal(inertLinks(text).replaceAll('\u200b', ''), text);
      }),
      { numRuns: 2000, seed: PROPERTY_SEED },
    );
  });
});
