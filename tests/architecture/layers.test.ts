import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Import direction in src/: a module may import from its own layer or a lower one, never from a higher one.
 * Lower first. The explorer is a browser bundle: it may import from nothing else in src/ but the base
 * layer (the ontology, the model types).
 */
const LAYERS = ['base', 'extract', 'graph', 'export', 'ingest', 'api', 'cli'] as const;
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * Upward imports allowed by name (none today: issue 15 item 5 removed the last two). An entry must still
 * match an import, or its test fails.
 */
const KNOWN_EXCEPTIONS: ReadonlyArray<{ from: string; to: string }> = [];

function layerOf(file: string): (typeof LAYERS)[number] | 'explorer' {
  const top = file.split('/')[0]!;
  if (top === 'explorer') return 'explorer';
  if (top === 'ontology' || top === 'model' || !file.includes('/')) return 'base';
  if ((LAYERS as readonly string[]).includes(top)) return top as (typeof LAYERS)[number];
  throw new Error(`src/${file}: no layer for "${top}" (add it to tests/architecture/layers.test.ts)`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Import {
  from: string;
  to: string;
}

/** Relative imports between files of src/, as paths relative to src/ with a .ts extension. */
function imports(): Import[] {
  const found: Import[] = [];
  for (const path of sourceFiles(SRC)) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)) {
      const target = resolve(dirname(path), match[1]!).replace(/\.js$/, '.ts');
      const to = relative(SRC, target);
      if (!to.startsWith('..')) found.push({ from: relative(SRC, path), to });
    }
  }
  return found;
}

function matches(rule: { from: string; to: string }, edge: Import): boolean {
  const side = (pattern: string, file: string) => pattern === file || layerOf(file) === pattern;
  return side(rule.from, edge.from) && side(rule.to, edge.to);
}

function upward(edge: Import): boolean {
  const from = layerOf(edge.from);
  const to = layerOf(edge.to);
  if (from === 'explorer') return to !== 'explorer' && to !== 'base';
  if (to === 'explorer') return true;
  return LAYERS.indexOf(to) > LAYERS.indexOf(from);
}

describe('import direction in src/', () => {
  const edges = imports();

  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(200);
  });

  it('has no upward import beyond the known exceptions', () => {
    const violations = edges
      .filter(upward)
      .filter((edge) => !KNOWN_EXCEPTIONS.some((rule) => matches(rule, edge)))
      .map((edge) => `${edge.from} -> ${edge.to}`);
    expect(violations).toEqual([]);
  });

  it('lists only exceptions still needed', () => {
    const unused = KNOWN_EXCEPTIONS.filter(
      (rule) => !edges.some((edge) => upward(edge) && matches(rule, edge)),
    );
    expect(unused).toEqual([]);
  });

  it('flags an upward import', () => {
    expect(upward({ from: 'graph/store.ts', to: 'api/apollo.ts' })).toBe(true);
    expect(upward({ from: 'explorer/src/app.ts', to: 'graph/store.ts' })).toBe(true);
    expect(upward({ from: 'extract/extract.ts', to: 'graph/store.ts' })).toBe(true);
    expect(upward({ from: 'extract/extract.ts', to: 'model/index.ts' })).toBe(false);
    expect(upward({ from: 'cli/main.ts', to: 'model/index.ts' })).toBe(false);
  });
});
