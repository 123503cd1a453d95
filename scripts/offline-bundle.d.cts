import type { BuildOptions } from 'esbuild';

declare const offline: Pick<BuildOptions, 'alias' | 'inject' | 'plugins'>;
export = offline;
