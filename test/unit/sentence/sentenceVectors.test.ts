import * as assert from 'node:assert/strict';
import { loadSentenceVectors } from '../../../src/sentence/loadSentenceVectors';
import type { SentenceEncoder } from '../../../src/sentence/sentenceEncoder';
import { SentenceVectors } from '../../../src/sentence/sentenceVectors';

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) [dot, na, nb] = [dot + a[i] * b[i], na + a[i] ** 2, nb + b[i] ** 2];
  return dot / Math.sqrt(na * nb);
};

describe('sentence: vectors', function () {
  // Loading TensorFlow.js and 28 MB of weights takes about a second on a busy machine.
  this.timeout(30_000);

  it('never waits: an unknown text is noted, encoded on request, then known', async () => {
    const encoded: string[][] = [];
    const encoder: SentenceEncoder = { encode: async (texts) => (encoded.push([...texts]), texts.map((text) => new Float32Array([text.length]))) };
    const vectors = new SentenceVectors(encoder);
    assert.equal(vectors.vectorOf('Lead a team'), undefined);
    assert.equal(vectors.vectorOf('Lead a team'), undefined);
    assert.equal(vectors.hasWanted, true);
    assert.equal(await vectors.encodeWanted(), 1);
    assert.deepEqual(encoded, [['Lead a team']]);
    assert.deepEqual(Array.from(vectors.vectorOf('Lead a team')!), [11]);
    assert.equal(vectors.hasWanted, false);
    assert.equal(await vectors.encodeWanted(), 0);
  });

  it('encodes with the Universal Sentence Encoder from the files on disk: 512 numbers, close for goals that mean the same', async () => {
    const vectors = await loadSentenceVectors(__dirname);
    const texts = ['Get better at public speaking', 'Improve my presentation skills', 'Pass the AWS Solutions Architect exam by June 2027'];
    texts.forEach((text) => vectors.vectorOf(text));
    assert.equal(await vectors.encodeWanted(), 3);
    const [speaking, presenting, exam] = texts.map((text) => vectors.vectorOf(text)!);
    assert.equal(speaking.length, 512);
    assert.ok(cosine(speaking, presenting) > cosine(speaking, exam) + 0.2, `${cosine(speaking, presenting)} against ${cosine(speaking, exam)}`);
  });
});
