import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { GraphStore, StoredSource } from '../graph/store.js';
import type { Language } from '../model/index.js';
import type { FileOutcome } from './outcome.js';
import { DEFAULT_MAX_FILE_BYTES } from './read/index.js';
import type { RejectedPath, SourceFile } from './walk.js';

/** Files hashed at once (bounded so a large corpus does not open thousands of files together). */
const HASH_CONCURRENCY = 32;
/** Hashes per store lookup. */
const LOOKUP_CHUNK = 1000;

export interface SkipOptions {
  store: Partial<Pick<GraphStore, 'documentsByHash' | 'isEmpty'>>;
  /** The extractor's fingerprint; nothing is skipped without one. */
  fingerprint: string | undefined;
  /** A forced language: a document stored in another language is extracted again. */
  language?: Language;
  maxFileBytes?: number;
}

/**
 * Hash first: the files whose bytes, source path and knowledge fingerprint match a stored document, as
 * their 'unchanged' outcome by plan index, found before anything is extracted. A file that cannot be hashed
 * here is left to the normal read stage, which reports why.
 */
export async function findUnchanged(
  items: ReadonlyArray<SourceFile | RejectedPath>,
  options: SkipOptions,
): Promise<Map<number, FileOutcome>> {
  const unchanged = new Map<number, FileOutcome>();
  const { store, fingerprint } = options;
  if (fingerprint === undefined || store.documentsByHash === undefined) return unchanged;
  if (store.isEmpty && (await store.isEmpty())) return unchanged;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files = [...items.entries()].filter((e): e is [number, SourceFile] => e[1].type === 'file');
  const hashes = new Array<string | null>(files.length).fill(null);
  for (let start = 0; start < files.length; start += HASH_CONCURRENCY) {
    const slice = files.slice(start, start + HASH_CONCURRENCY);
    await Promise.all(
      slice.map(async ([, file], i) => {
        hashes[start + i] = await hashOf(file.path, maxBytes);
      }),
    );
  }
  const stored = new Map<string, StoredSource[]>();
  const distinct = [...new Set(hashes.filter((h): h is string => h !== null))];
  for (let start = 0; start < distinct.length; start += LOOKUP_CHUNK) {
    for (const doc of await store.documentsByHash(distinct.slice(start, start + LOOKUP_CHUNK))) {
      stored.set(doc.sha256, [...(stored.get(doc.sha256) ?? []), doc]);
    }
  }
  for (const [i, [index, file]] of files.entries()) {
    const hash = hashes[i];
    if (hash === null || hash === undefined) continue;
    const match = stored
      .get(hash)
      ?.find(
        (doc) =>
          doc.source === file.source &&
          doc.knowledge === fingerprint &&
          (options.language === undefined || doc.language === options.language),
      );
    if (!match) continue;
    unchanged.set(index, {
      status: 'unchanged',
      file: file.path,
      source: file.source,
      document: match.id,
      language: match.language as Language,
      nodes: match.nodes,
      edges: match.edges,
      warnings: [],
    });
  }
  return unchanged;
}

async function hashOf(path: string, maxBytes: number): Promise<string | null> {
  try {
    if ((await stat(path)).size > maxBytes) return null;
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  } catch {
    return null;
  }
}
