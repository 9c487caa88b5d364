import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../errors.js';
import { ADDITIVE_COLUMNS, SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';

export const DATABASE_FILE = 'lineage.sqlite';
/** Default wait for another process's write lock before giving up with StoreUnavailableError. */
export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

const UNAVAILABLE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
]);

/** True for SQLite errors that mean the database cannot be used now (locked, unopenable, disk full…). */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && [...UNAVAILABLE_CODES].some((c) => code.startsWith(c));
}

/** Map SQLite errors that mean "the store cannot be used right now" to StoreUnavailableError; rethrow others. */
export function mapSqliteError(
  error: unknown,
  path: string,
  busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS,
): unknown {
  if (isUnavailable(error)) {
    const code = String((error as { code: string }).code);
    const reason =
      code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
        ? `the database is locked by another process (waited ${busyTimeoutMs} ms)`
        : (error as Error).message;
    return new StoreUnavailableError(`Embedded store ${path} is unavailable: ${reason}`, { code, path });
  }
  return error;
}

/**
 * Open (creating if needed) the store's database. WAL lets readers run while one process writes;
 * synchronous=NORMAL is crash-safe in WAL mode (a killed process loses nothing committed, a power cut may
 * lose the last commits but never leaves a half-written one), at a fraction of FULL's fsync cost.
 */
export function openDatabase(
  dataDir: string,
  busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS,
  options: { readOnly?: boolean } = {},
): { db: Database.Database; path: string } {
  const path = join(dataDir, DATABASE_FILE);
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory()) {
    throw new StoreUnavailableError(
      `Data dir ${dataDir} is a file, not a folder: pass a folder as --data-dir`,
      {
        path: dataDir,
      },
    );
  }
  if (options.readOnly) return openReadOnly(path, busyTimeoutMs);
  try {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(path, { timeout: busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    db.pragma('wal_autocheckpoint = 10000');
    db.transaction(() => {
      db.exec(SCHEMA_SQL);
      for (const { table, column, sql } of ADDITIVE_COLUMNS) {
        const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table);
        if (!columns.includes(column)) db.exec(sql);
      }
      db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(
        'schemaVersion',
        String(SCHEMA_VERSION),
      );
    }).immediate();
    assertSchemaVersion(db, path);
    return { db, path };
  } catch (error) {
    throw openFailure(error, path, busyTimeoutMs);
  }
}

/**
 * Readers (stats, query, serve) open the store read-only: they work on a read-only data dir, and a mistyped
 * --data-dir is refused instead of silently creating an empty store that answers nothing.
 */
function openReadOnly(path: string, busyTimeoutMs: number): { db: Database.Database; path: string } {
  if (!existsSync(path)) {
    throw new StoreUnavailableError(
      `No store at ${path}: run \`lineage ingest PATH\` first, or check --data-dir / LINEAGE_DATA_DIR`,
      { path },
    );
  }
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    assertSchemaVersion(db, path);
    return { db, path };
  } catch (error) {
    throw openFailure(error, path, busyTimeoutMs);
  }
}

/** A store written by another schema version is refused rather than read wrongly. */
function assertSchemaVersion(db: Database.Database, path: string): void {
  const version = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('schemaVersion');
  if (version === String(SCHEMA_VERSION)) return;
  db.close();
  throw new StoreUnavailableError(
    `Embedded store ${path} has schema version ${String(version)}, expected ${SCHEMA_VERSION}`,
  );
}

/** Any failure to open the store, as the StoreUnavailableError callers (and /healthz) expect. */
function openFailure(error: unknown, path: string, busyTimeoutMs: number): StoreUnavailableError {
  if (error instanceof StoreUnavailableError) return error;
  const mapped = mapSqliteError(error, path, busyTimeoutMs);
  if (mapped instanceof StoreUnavailableError) return mapped;
  return new StoreUnavailableError(`Cannot open embedded store ${path}: ${(error as Error).message}`, {
    path,
  });
}
