import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../errors.js';

const LOCK_FILE = 'ingest.lock';
const OWNER_FILE = 'ingest.lock.owner';
const POLL_MS = 200;

export interface IngestLock {
  release(): void;
}

export interface LockOptions {
  /** How long to wait for another ingest to finish before giving up (ms). */
  waitMs: number;
  /** Called once when the lock is held by someone else and we start waiting. */
  onWait?: (holder: string) => void;
}

/**
 * Serialise writers of one data directory (EmbeddedStore takes it when opened with `writerLock`). The lock is an exclusive SQLite transaction on a lock file:
 * an OS-level lock that the kernel releases when the holder exits or is killed, so a crashed ingest
 * never leaves a stale lock behind, and a busy event loop never loses it (unlike mtime-refreshed locks).
 */
export async function acquireIngestLock(dataDir: string, options: LockOptions): Promise<IngestLock> {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
  const deadline = Date.now() + options.waitMs;
  let announced = false;
  for (;;) {
    try {
      db.exec('BEGIN EXCLUSIVE');
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') {
        db.close();
        throw error;
      }
      const holder = describeHolder(dataDir);
      if (Date.now() >= deadline) {
        db.close();
        throw new StoreUnavailableError(
          `Another ingest (${holder}) is writing to ${dataDir}; gave up after ${Math.round(options.waitMs / 1000)} s. ` +
            'Wait for it to finish, or raise --lock-timeout.',
          { dataDir, holder },
        );
      }
      if (!announced) options.onWait?.(holder);
      announced = true;
      await sleep(POLL_MS);
    }
  }
  writeFileSync(
    join(dataDir, OWNER_FILE),
    JSON.stringify({ pid: process.pid, since: new Date().toISOString() }),
  );
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      rmSync(join(dataDir, OWNER_FILE), { force: true });
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

/** Who holds the lock, for messages only (the owner file is informative; the SQLite lock is the truth). */
function describeHolder(dataDir: string): string {
  try {
    const owner = JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as {
      pid?: number;
      since?: string;
    };
    return `pid ${owner.pid ?? '?'}, since ${owner.since ?? '?'}`;
  } catch {
    return 'another process';
  }
}
