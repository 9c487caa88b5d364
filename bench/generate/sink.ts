/**
 * Where a generated corpus goes. The file sink streams: each document is written as soon as it is
 * rendered, planted nodes go straight into planted.json and edges through a spool file appended at the
 * end, so memory does not grow with the corpus.
 */
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlantedEdge, PlantedNode } from './facts.js';

export interface CorpusSink {
  document(relativePath: string, text: string): void;
  node(node: PlantedNode): void;
  edge(edge: PlantedEdge): void;
  /** Finish planted.json and write manifest.json. */
  close(manifest: unknown): void;
}

/** Layout: <dir>/docs/<organ>/<year>/<file>, <dir>/planted.json, <dir>/manifest.json. */
export class FileSink implements CorpusSink {
  private readonly planted: number;
  private readonly spool: number;
  private readonly spoolPath: string;
  private readonly madeDirs = new Set<string>();
  private nodes = 0;
  private edges = 0;

  constructor(readonly dir: string) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'docs'), { recursive: true });
    this.planted = openSync(join(dir, 'planted.json'), 'w');
    this.spoolPath = join(dir, 'planted.edges.tmp');
    this.spool = openSync(this.spoolPath, 'w');
    writeSync(this.planted, '{"nodes":[\n');
  }

  document(relativePath: string, text: string): void {
    const path = join(this.dir, 'docs', relativePath);
    const parent = dirname(path);
    if (!this.madeDirs.has(parent)) {
      mkdirSync(parent, { recursive: true });
      this.madeDirs.add(parent);
    }
    writeFileSync(path, text);
  }

  node(node: PlantedNode): void {
    writeSync(this.planted, `${this.nodes++ ? ',\n' : ''}${JSON.stringify(node)}`);
  }

  edge(edge: PlantedEdge): void {
    writeSync(this.spool, `${this.edges++ ? ',\n' : ''}${JSON.stringify(edge)}`);
  }

  close(manifest: unknown): void {
    closeSync(this.spool);
    writeSync(this.planted, '\n],\n"edges":[\n');
    const spool = openSync(this.spoolPath, 'r');
    const buffer = Buffer.alloc(1 << 20);
    for (let n = readSync(spool, buffer); n > 0; n = readSync(spool, buffer))
      writeSync(this.planted, buffer, 0, n);
    closeSync(spool);
    rmSync(this.spoolPath);
    writeSync(this.planted, '\n]}\n');
    closeSync(this.planted);
    writeFileSync(join(this.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
