import { loadLearnedReader } from '../../core/smart/loadLearnedReader';
import type { LearnedReaderSource } from '../services/learnedReaderSource';

/** The Node host's source: the core's loader, which esbuild.js puts in dist/lib-reader.js, required when first called. */
export const nodeReaderSource: LearnedReaderSource = async () => loadLearnedReader();
