/**
 * The ingest bombs of issue 12 through the built CLI, each next to the founding resolution: prints, per case,
 * the wall time, the peak RSS of the whole `lineage ingest` process (GNU time's maximum resident set size),
 * the bomb's outcome, whether the good file was still written, and the evidence rows and store size left.
 *
 * Usage: npm run build && npx tsx bench/hardening/bombs.ts [--only NAME,...] [--timeout SECONDS] [-- CLI ARGS]
 * Arguments after `--` are passed to every `lineage ingest` (e.g. `-- --workers 2`).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { emptyPagesPdf, flateBombPdf, repeatedAcronymsText } from './bomb-files.js';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
const FOUNDING = join(ROOT, 'corpus', 'AG-2014-RES-04.fr.md');

const argv = process.argv.slice(2);
const dashDash = argv.indexOf('--');
const own = dashDash >= 0 ? argv.slice(0, dashDash) : argv;
const extra = dashDash >= 0 ? argv.slice(dashDash + 1) : [];
const flag = (name: string) => {
  const i = own.indexOf(name);
  return i >= 0 ? own[i + 1] : undefined;
};
const only = flag('--only')?.split(',');
const timeoutSeconds = Number(flag('--timeout') ?? 300);

const work = mkdtempSync(join(tmpdir(), 'lineage-bombs-'));
const write = (name: string, data: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, data);
  return path;
};

/** Many small resolutions (copies of the founding text) so the pipeline goes parallel by itself (≥ 256 files). */
function manyGoodFiles(count: number): string {
  const dir = join(work, 'many');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++)
    copyFileSync(FOUNDING, join(dir, `copy-${String(i).padStart(3, '0')}.fr.md`));
  return dir;
}

const cases: Array<{ name: string; inputs: () => string[]; args?: string[] }> = [
  { name: 'pdf-20000-empty-pages', inputs: () => [write('pages.pdf', emptyPagesPdf(20_000))] },
  { name: 'flate-bomb-160MB', inputs: () => [write('flate.pdf', flateBombPdf(160 * 1024 * 1024))] },
  {
    // The same bomb behind an ASCIIHex filter (977 KB): only the thread's time budget stops it.
    name: 'hex-flate-bomb-160MB (--file-timeout 20)',
    inputs: () => [write('hex-flate.pdf', flateBombPdf(160 * 1024 * 1024, { hexWrapped: true }))],
    args: ['--file-timeout', '20'],
  },
  {
    name: 'acronyms-3.8MB',
    inputs: () => [write('acronyms.fr.txt', repeatedAcronymsText(3.8 * 1024 * 1024))],
  },
  {
    name: 'three-bombs-parallel',
    inputs: () => [
      write('p-pages.pdf', emptyPagesPdf(20_000)),
      write('p-flate.pdf', flateBombPdf(160 * 1024 * 1024)),
      write('p-acronyms.fr.txt', repeatedAcronymsText(3.8 * 1024 * 1024)),
      manyGoodFiles(253),
    ],
  },
];

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  peakMb: number;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, MAIN, ...args], {
      env: { ...process.env, LINEAGE_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the timeout kills `lineage` too, not only GNU time.
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeoutSeconds * 1000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const peakKb = Number(/PEAK_KB=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      resolve({
        code,
        signal,
        seconds: (performance.now() - started) / 1000,
        peakMb: peakKb / 1024,
        stdout,
        stderr,
      });
    });
  });
}

function storeFigures(dataDir: string): { evidence: number | string; mb: number } {
  let mb = 0;
  try {
    for (const name of readdirSync(dataDir)) mb += statSync(join(dataDir, name)).size / (1024 * 1024);
  } catch {
    return { evidence: 'no store', mb: 0 };
  }
  try {
    const db = new Database(join(dataDir, 'lineage.sqlite'), { readonly: true, fileMustExist: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%evidence%'")
      .all() as Array<{ name: string }>;
    const evidence = tables.reduce(
      (sum, t) => sum + (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
      0,
    );
    db.close();
    return { evidence, mb };
  } catch (error) {
    return { evidence: `? (${(error as Error).message})`, mb };
  }
}

console.log(`| case | wall s | peak RSS MB | exit | bomb outcomes | good file | evidence rows | store MB |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
for (const c of cases) {
  if (only && !only.some((name) => c.name.startsWith(name))) continue;
  const inputs = c.inputs();
  const dataDir = join(work, `data-${c.name.replace(/\W+/g, '-')}`);
  const result = await run([
    '--data-dir',
    dataDir,
    'ingest',
    '--json',
    '--no-progress',
    ...(c.args ?? []),
    ...extra,
    ...inputs,
    FOUNDING,
  ]);
  let bombs = '';
  let good = '';
  try {
    const report = JSON.parse(result.stdout) as {
      outcomes: Array<{ file: string; status: string; reason?: string; message?: string; edges?: number }>;
    };
    const bombOutcomes = report.outcomes.filter((o) => !o.file.includes('/many/') && o.file !== FOUNDING);
    bombs = bombOutcomes
      .map(
        (o) =>
          `${o.status}${o.reason ? ` ${o.reason}` : ''}${o.edges !== undefined ? ` (${o.edges} edges)` : ''}`,
      )
      .join('; ');
    const rest = report.outcomes.filter((o) => o.file.includes('/many/') || o.file === FOUNDING);
    good = `${rest.filter((o) => o.status === 'written' || o.status === 'unchanged').length}/${rest.length} written`;
    for (const o of bombOutcomes) if (o.message) console.error(`  ${c.name}: ${o.message}`);
  } catch {
    bombs = `no report (${result.signal ?? `exit ${result.code}`}): ${result.stderr
      .split('\n')
      .filter((l) => l && !l.startsWith('PEAK_KB'))
      .slice(-2)
      .join(' ')
      .slice(0, 200)}`;
    good = 'none';
  }
  const store = storeFigures(dataDir);
  console.log(
    `| ${c.name} | ${result.seconds.toFixed(1)} | ${result.peakMb.toFixed(0)} | ${result.signal ?? result.code} | ${bombs} | ${good} | ${store.evidence} | ${store.mb.toFixed(1)} |`,
  );
  rmSync(dataDir, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });
