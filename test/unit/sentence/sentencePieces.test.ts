import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { encoderFilesFor } from '../../../src/sentence/encoderFiles';
import { SentencePieces, type PieceVocabulary } from '../../../src/sentence/sentencePieces';

const vocabulary = JSON.parse(readFileSync(path.join(encoderFilesFor(__dirname).model, 'vocab.json'), 'utf8')) as PieceVocabulary;
const pieces = new SentencePieces(vocabulary);
const split = (text: string) => pieces.encode(text).map((id) => vocabulary[id][0]);

describe('sentence: word pieces', () => {
  // The ids TensorFlow.js's reader of the same vocabulary gives (@tensorflow-models/universal-sentence-encoder
  // 1.3.3); the two agreed on all 12,474 statements of dev when this was written.
  it('cuts a text into the pieces of the encoder’s own reader', () => {
    assert.deepEqual(pieces.encode('Pass the AWS Solutions Architect exam by June 2027'), [6522, 9, 74, 331, 141, 211, 808, 822, 7, 5559, 217, 1904, 4483, 55, 1424, 514, 3146]);
    assert.deepEqual(split('Pass the AWS'), ['▁Pass', '▁the', '▁A', 'W', 'S']);
  });

  it('gives one unknown for a run of characters it has no piece for, and keeps every space', () => {
    assert.deepEqual(pieces.encode('Grow 🌱 as a leader'), [223, 1385, 30, 0, 36, 11, 2451]);
    assert.deepEqual(pieces.encode('Ünïcödé  spaces'), [30, 0, 85, 0, 131, 6781, 29, 1133, 30, 1016, 7]);
  });

  it('gives nothing for an empty text', () => {
    assert.deepEqual(pieces.encode(''), []);
  });
});
