/**
 * Sentence vectors for the scripts that train and measure the learned reader (learned-reader.ts,
 * eval-smart.ts): the encoder of src/sentence/ run on the package's own files, with every vector
 * kept in node_modules/.cache so a text is encoded once (about 17 ms each; `dev` takes minutes the
 * first time).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { encoderFilesFor } from '../../src/sentence/encoderFiles';
import { loadSentenceEncoder } from '../../src/sentence/sentenceEncoder';
import type { SentenceVectorOf } from '../../src/core/smart/learnedReader';

const CACHE = path.resolve(__dirname, '../../node_modules/.cache/career-plan/sentence-vectors.jsonl');
const BATCH = 32;

function readCache(): Map<string, Float32Array> {
  const cache = new Map<string, Float32Array>();
  if (!existsSync(CACHE)) return cache;
  for (const line of readFileSync(CACHE, 'utf8').split('\n')) {
    if (!line) continue;
    const [text, vector] = JSON.parse(line) as [string, string];
    const bytes = Buffer.from(vector, 'base64');
    cache.set(text, new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
  }
  return cache;
}

/** The texts' sentence vectors, encoding those not in the cache; returns a lookup for the reader. */
export async function sentenceVectors(texts: Iterable<string>, log: (message: string) => void = () => {}): Promise<SentenceVectorOf> {
  const cache = readCache();
  const missing = [...new Set(texts)].filter((text) => !cache.has(text));
  if (missing.length > 0) {
    log(`encoding ${missing.length} sentences (cached in ${path.relative(process.cwd(), CACHE)})\n`);
    mkdirSync(path.dirname(CACHE), { recursive: true });
    const encoder = await loadSentenceEncoder(encoderFilesFor(__dirname));
    for (let start = 0; start < missing.length; start += BATCH) {
      const batch = missing.slice(start, start + BATCH);
      const vectors = await encoder.encode(batch);
      batch.forEach((text, index) => cache.set(text, vectors[index]));
      appendFileSync(CACHE, batch.map((text, index) => JSON.stringify([text, Buffer.from(vectors[index].buffer, vectors[index].byteOffset, vectors[index].byteLength).toString('base64')]) + '\n').join(''));
    }
  }
  return (text) => cache.get(text);
}
