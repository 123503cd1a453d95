// The names alone, apart from the schema: the extension's file watcher needs them at activation,
// which must not load the validation library (see esbuild.js on what loads when).

/** The configuration file, looked for in each plan's folder and every folder above it. */
export const CONFIG_FILE_NAME = '.career-plan.json';
/** The ignore file, in gitignore syntax, looked for in the same folders. */
export const IGNORE_FILE_NAME = '.career-planignore';
