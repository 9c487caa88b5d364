import type { Dirent } from 'node:fs';
// The module object (not named imports), so a test can make one folder unreadable with vi.spyOn even as root.
import fs from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { formatOf } from './read/index.js';

/** A file the pipeline will read. */
export interface SourceFile {
  type: 'file';
  /** Path as found (joined to what the user gave), used in messages. */
  path: string;
  /** Path relative to the folder given on the command line (or the file name); becomes DocumentRecord.source. */
  source: string;
}

/** A path given on the command line that cannot be ingested at all. */
export interface RejectedPath {
  type: 'rejected';
  path: string;
  reason: 'not-found' | 'unreadable' | 'unsupported-format';
  message: string;
}

/** A file found inside a folder and left out: a type we cannot read, or the folder's own documentation. */
export interface SkippedFile {
  path: string;
  reason: 'unsupported-format' | 'folder-documentation';
}

/**
 * Files that document a folder rather than being one of its documents (a corpus's README or SOURCES list).
 * Skipped when walking folders; named explicitly, they are ingested like any file.
 */
const FOLDER_DOCUMENTATION =
  /^(readme|sources|license|licence|changelog|contributing|notice|authors)(\.[^.]+)?$/i;

export interface SourcePlan {
  /** Files to read and paths already rejected, in input order. */
  items: Array<SourceFile | RejectedPath>;
  skipped: SkippedFile[];
}

/**
 * Expand files and folders into the files to ingest, in a deterministic order: arguments in the order
 * given, folders walked recursively in code-point order of names. Hidden entries (".name") are ignored
 * inside folders, and README/SOURCES-like files skipped; a file reached twice (repeated argument, symlink)
 * is read once.
 */
export async function planSources(paths: readonly string[]): Promise<SourcePlan> {
  const plan: SourcePlan = { items: [], skipped: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof fs.stat>>;
    try {
      info = await fs.stat(path);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      plan.items.push({
        type: 'rejected',
        path,
        reason: missing ? 'not-found' : 'unreadable',
        message: `${path}: ${missing ? 'no such file or directory' : `cannot be read (${String(error)})`}`,
      });
      continue;
    }
    if (info.isDirectory()) {
      await walkFolder(path, path, plan, seen);
    } else if (formatOf(path) === null) {
      plan.items.push({
        type: 'rejected',
        path,
        reason: 'unsupported-format',
        message: `${path}: unsupported file type (expected .txt, .md, .html, .htm or .pdf)`,
      });
    } else {
      await addFile(path, basename(path), plan, seen);
    }
  }
  return plan;
}

/**
 * An unreadable folder (permissions, a symlink loop, removed while walking) becomes a rejected path naming
 * it; its siblings are still walked.
 */
async function walkFolder(root: string, folder: string, plan: SourcePlan, seen: Set<string>): Promise<void> {
  let entries: Dirent[];
  try {
    const real = await fs.realpath(folder);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    plan.items.push({
      type: 'rejected',
      path: folder,
      reason: 'unreadable',
      message: `${folder}: folder cannot be read (${code === 'ELOOP' ? 'symbolic link loop' : code})`,
    });
    return;
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => compareNames(a.name, b.name));
  for (const entry of names) {
    const path = join(folder, entry.name);
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await isFolder(path)));
    if (isDirectory) {
      await walkFolder(root, path, plan, seen);
    } else if (formatOf(path) === null) {
      plan.skipped.push({ path, reason: 'unsupported-format' });
    } else if (FOLDER_DOCUMENTATION.test(entry.name)) {
      plan.skipped.push({ path, reason: 'folder-documentation' });
    } else {
      await addFile(path, relative(root, path).split(sep).join('/'), plan, seen);
    }
  }
}

async function addFile(path: string, source: string, plan: SourcePlan, seen: Set<string>): Promise<void> {
  const real = await fs.realpath(path).catch(() => path);
  if (seen.has(real)) return;
  seen.add(real);
  plan.items.push({ type: 'file', path, source });
}

async function isFolder(path: string): Promise<boolean> {
  return fs.stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Code-point order, independent of the machine's locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
