import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Bumped by hand when extraction changes in a way its code hash cannot show (e.g. a dependency's behaviour).
 * The extractor's own code is hashed as well (extractorCodeFingerprint), so an edit to `src/extract` is seen.
 */
export const EXTRACTOR_VERSION = 'rules-1';

/** The extractor's code: `src/extract` when run from sources, `dist/extract` in the build. */
export const EXTRACT_CODE_DIR = fileURLToPath(new URL('../extract/', import.meta.url));

/** Every file under `dir`, as sorted paths relative to it (`/`-separated, so the hash is the same on any OS). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** sha256 over every file of `dir` (relative path and content), in path order. */
export function folderFingerprint(dir: string, accept: (path: string) => boolean = () => true): string {
  const hash = createHash('sha256');
  for (const path of filesUnder(dir).filter(accept)) {
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(dir, path)))
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * Fingerprint of what extraction depends on besides the text: the knowledge in `ingest/**`, the extractor's
 * code and EXTRACTOR_VERSION. Stored with each document (DocumentRecord.knowledge): a file whose bytes and
 * fingerprint are both unchanged is skipped before extraction; a changed fingerprint re-extracts it.
 */
export function knowledgeFingerprint(
  knowledgeDir: string,
  codeDir: string = EXTRACT_CODE_DIR,
  version: string = EXTRACTOR_VERSION,
): string {
  const code = folderFingerprint(
    codeDir,
    (path) => /\.(ts|js|json|ya?ml)$/.test(path) && !/\.test\./.test(path),
  );
  const knowledge = folderFingerprint(knowledgeDir);
  const digest = createHash('sha256').update(`${version}\0${code}\0${knowledge}`).digest('hex');
  return `${version}:${digest.slice(0, 32)}`;
}
