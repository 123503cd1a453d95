// `npm run build:types`: the npm package's type declarations, one self-contained file for each
// entry of package.json "exports" (dist/index.d.ts, dist/remark.d.ts), so the package ships neither
// the sources nor a tree of .d.ts files. dts-bundle-generator inlines every type an entry reaches;
// the package test (test/unit/package/npmPackage.test.ts) compiles a program against the installed
// package, which is the check that the files are whole.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateDtsBundle } from 'dts-bundle-generator';

const ROOT = path.resolve(__dirname, '..');

/** Each entry's source and the declaration file written beside its bundle. */
const TYPED_ENTRIES = [
  { source: 'src/lib/index.ts', declaration: 'dist/index.d.ts' },
  { source: 'src/remark/index.ts', declaration: 'dist/remark.d.ts' },
] as const;

function main(): void {
  const bundles = generateDtsBundle(
    // Only what an entry exports is exported: the core's other types stay out of the contract.
    TYPED_ENTRIES.map((entry) => ({ filePath: path.join(ROOT, entry.source), output: { noBanner: true, exportReferencedTypes: false } })),
    { preferredConfigPath: path.join(__dirname, 'tsconfig.types.json') },
  );
  TYPED_ENTRIES.forEach((entry, index) => {
    const file = path.join(ROOT, entry.declaration);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bundles[index]);
    console.log(`build-types: ${entry.declaration}`);
  });
}

main();
