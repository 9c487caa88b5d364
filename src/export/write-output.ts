import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BadInputError } from '../errors.js';
import type { ExportOutput } from './format.js';

/**
 * Write an export: a text to `out` (or stdout), a folder of files to `out` (required). Both are written
 * beside the target and renamed, so a reader never sees half an export and a failure leaves nothing behind.
 */
export async function writeOutput(output: ExportOutput, out: string | undefined): Promise<void> {
  const temporary = out === undefined ? '' : `${out}.${process.pid}.tmp`;
  if (output.type === 'text') {
    if (out === undefined) {
      process.stdout.write(output.text);
      return;
    }
    try {
      await writeFile(temporary, output.text);
      await rename(temporary, out);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return;
  }
  if (out === undefined)
    throw new BadInputError('this format writes several files: give a folder with --out DIR');
  const existing = await stat(out).catch(() => null);
  if (existing && (!existing.isDirectory() || (await readdir(out)).length > 0)) {
    throw new BadInputError(
      `${out} already exists and is not an empty folder; choose a new folder for --out`,
    );
  }
  try {
    await mkdir(temporary, { recursive: true });
    for (const file of output.files) await writeFile(join(temporary, file.name), file.text);
    if (existing) await rm(out, { recursive: true });
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}
