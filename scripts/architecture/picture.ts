// Draws docs/images/architecture.svg from layers.ts: one row per layer, the highest on top, each
// part a box with its name, what it holds and its size. Run after a change to the layers:
// npx tsx scripts/architecture/picture.ts
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ADAPTERS, LAYERS, partOf } from './layers';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'docs/images/architecture.svg');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** Files and lines of each part. */
function sizes(): Map<string, { files: number; lines: number }> {
  const result = new Map<string, { files: number; lines: number }>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const part = partOf(path.relative(ROOT, file));
    if (!part) continue;
    const size = result.get(part) ?? { files: 0, lines: 0 };
    size.files++;
    size.lines += readFileSync(file, 'utf8').split('\n').length;
    result.set(part, size);
  }
  return result;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function picture(): string {
  const width = 1000;
  const rowHeight = 64;
  const gap = 14;
  const top = 56;
  const measured = sizes();
  const rows = [...LAYERS].reverse();
  const height = top + rows.length * (rowHeight + gap) + 40;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Segoe UI, Helvetica, Arial, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="24" y="32" font-size="18" font-weight="600" fill="#1f2328">Career Plan: the parts and their layers</text>`,
    `<text x="${width - 24}" y="32" font-size="13" text-anchor="end" fill="#57606a">every import points down (or stays in its part)</text>`,
  ];
  rows.forEach((layer, row) => {
    const y = top + row * (rowHeight + gap);
    const boxWidth = (width - 48 - (layer.length - 1) * 10) / layer.length;
    layer.forEach((part, column) => {
      const x = 24 + column * (boxWidth + 10);
      const size = measured.get(part.name);
      const core = !ADAPTERS.has(part.name);
      out.push(
        `<rect x="${x}" y="${y}" width="${boxWidth}" height="${rowHeight}" rx="6" fill="${core ? '#ddf4ff' : '#fff8c5'}" stroke="${core ? '#54aeff' : '#d4a72c'}"/>`,
        `<text x="${x + 10}" y="${y + 22}" font-size="14" font-weight="600" fill="#1f2328">${escape(core ? `core/${part.name}` : part.name)}</text>`,
        `<text x="${x + 10}" y="${y + 40}" font-size="11" fill="#424a53">${escape(part.says)}</text>`,
        `<text x="${x + 10}" y="${y + 56}" font-size="10" fill="#6e7781">${size ? `${size.files} file${size.files === 1 ? '' : 's'}, ${size.lines.toLocaleString('en')} lines` : ''}</text>`,
      );
    });
  });
  out.push(`<text x="24" y="${height - 16}" font-size="11" fill="#6e7781">src/core never imports vscode; the adapters (yellow) import the core, never the other way. Drawn by scripts/architecture/picture.ts from scripts/architecture/layers.ts, which test/unit/architecture.test.ts enforces.</text>`, '</svg>');
  return `${out.join('\n')}\n`;
}

writeFileSync(OUT, picture());
process.stdout.write(`wrote ${path.relative(ROOT, OUT)}\n`);
