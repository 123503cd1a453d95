import { stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { convertPlan } from '../../core/convert/convertPlan';
import { collectPlanFiles, encodeText } from '../files';
import { unifiedDiff } from '../format/unifiedDiff';
import { terminalText } from '../format/terminalText';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveToday } from '../today';

export interface ConvertArgs {
  readonly files: readonly string[];
  readonly today?: string;
  readonly write?: boolean;
  readonly output?: string;
}

/**
 * `career-plan convert`: gives a plan written without frontmatter the frontmatter read from it, the
 * plan itself kept below as it was. Prints the change as a diff, or with --write writes it into the
 * file (in the encoding it was read in), or with --output writes the converted plan to another file.
 * What it could not read is said on standard error, one line each: it stays in the body.
 */
export async function convertCommand(args: ConvertArgs, io: CliIO): Promise<number> {
  if (args.write && args.output !== undefined) throw new UsageError('Use --write or --output, not both.');
  const today = resolveToday(args.today);
  if (args.files.length !== 1) throw new UsageError(`Name exactly one plan file${args.files.length > 1 ? `, not ${args.files.length}` : ''}.`);
  const info = await stat(path.resolve(io.cwd, args.files[0])).catch(() => undefined);
  if (isDynamicPattern(args.files[0]) || info?.isDirectory()) throw new UsageError(`${args.files[0]}: name one plan file, not a folder or a pattern.`);
  const [file] = await collectPlanFiles(args.files, io.cwd);
  const name = terminalText(file.name);
  if (file.text.includes('\u0000')) throw new UsageError(`${file.name}: not a career plan (it looks like a binary file).`);
  const result = convertPlan(file.text, today);
  if (!result.ok) throw new UsageError(`${file.name}: ${result.message}`);

  if (args.write) {
    if (!file.exact) throw new UsageError(`${file.name}: not converted: it is not valid UTF-8, and writing it back would change more than the frontmatter.`);
    await writeTo(file.absolute, encodeText(result.text, file.encoding), file.name);
  } else if (args.output !== undefined) {
    await writeTo(path.resolve(io.cwd, args.output), encodeText(result.text, file.encoding), args.output);
  } else {
    io.out(unifiedDiff(file.name.split('\\').join('/'), file.text, result.text));
  }
  const done = args.write ? 'converted' : args.output !== undefined ? `converted into ${terminalText(args.output)}` : 'would be converted (--write writes it)';
  io.err(`${name}: ${done}, read as ${terminalText(result.shapeName)}.\n`);
  // Lines are counted in the file as it now is: below the frontmatter once it is written.
  const shift = args.write || args.output !== undefined ? result.edit.newText.split(/\r\n|\n/).length - 1 : 0;
  for (const part of result.unread) {
    io.err(`${name}:${part.line + 1 + shift}: left in the body${part.text ? `: "${terminalText(part.text)}"` : ''}: ${terminalText(part.reason)}.\n`);
  }
  return EXIT_OK;
}

async function writeTo(absolute: string, bytes: Buffer, shown: string): Promise<void> {
  try {
    await writeFile(absolute, bytes);
  } catch (error) {
    throw new UsageError(`${shown}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}
