import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, preprocess } from 'micromark';
import { subtokenize } from 'micromark-util-subtokenize';
import type { Event } from 'micromark-util-types';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The body reader (src/core/parse/bodyEvents.ts) expands only the text it needs, reading two of
 * micromark's private token fields to tell which: `_tokenizer` (text already being expanded) and
 * `_isInFirstContentOfListItem`. Private fields can change in any release, so micromark is pinned to
 * the versions tested here, and this fails loudly when an upgrade moves them.
 */
describe('micromark internals the body reader relies on', () => {
  it('micromark and its subtokenizer are pinned to the versions this was tested with', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const pinned = { micromark: '4.0.3', 'micromark-util-subtokenize': '2.1.0', 'micromark-extension-gfm-task-list-item': '2.1.0' };
    for (const [name, version] of Object.entries(pinned)) {
      assert.equal(manifest.devDependencies[name], version, `${name} is pinned in package.json`);
      const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      assert.equal(installed.version, version, `${name} installed`);
    }
  });

  it('tokens still carry _tokenizer (content being expanded) and _isInFirstContentOfListItem', () => {
    const events: Event[] = parse().document().write(preprocess()('- an item with *emphasis*\n\nA paragraph\n', undefined, true));
    assert.ok(
      events.some(([, token]) => token._tokenizer !== undefined),
      'no token carries _tokenizer before its content is expanded',
    );
    // One pass of the subtokenizer expands the list item's content, marking its first text chunk.
    subtokenize(events);
    assert.ok(
      events.some(([kind, token]) => kind === 'enter' && token.type === 'chunkText' && token._isInFirstContentOfListItem === true),
      'no chunk marked as the first content of a list item',
    );
  });
});
