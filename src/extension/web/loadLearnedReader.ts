import type { LearnedReader } from '../../core/smart/learnedReader';

/** The web build's stand-in for src/core/smart/loadLearnedReader.ts (esbuild.js): no learned reader, the rules judge alone. */
export function loadLearnedReader(): LearnedReader | undefined {
  return undefined;
}
