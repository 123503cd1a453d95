import * as path from 'node:path';
import { loadLearnedReader } from '../../core/smart/loadLearnedReader';
import { loadSentenceVectors } from '../../sentence/loadSentenceVectors';
import type { LearnedReaderSource, SentenceSource } from '../services/learnedReaderSource';

/** The Node host's source: the core's loader, which esbuild.js puts in dist/lib-reader.js, required when first called. */
export const nodeReaderSource: LearnedReaderSource = async () => loadLearnedReader();

/** The sentence encoder from dist/sentence-encoder; esbuild.js puts its loader and TensorFlow.js in dist/sentence.js, required when first called. */
export const nodeSentenceSource: SentenceSource = () => loadSentenceVectors(path.dirname(__filename));
