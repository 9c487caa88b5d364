/**
 * Resources the sections share, each built once on first use: the generated corpus, the extractor,
 * extractions, a local Neo4j, and both stores loaded with the same data. A missing piece of the project
 * surfaces as NotRun, so the other sections still run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GraphStore } from '../../src/graph/store.js';
import type { Extractor } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/index.js';
import { FileSink, GENERATOR_VERSION, generateCorpus, type Manifest } from '../generate/index.js';
import type { BenchOptions } from './args.js';
import { clearNeo4j, type LocalNeo4j, startNeo4j } from './neo4j.js';
import { NotRun } from './result.js';

export const SAMPLE_CORPUS = 'corpus';

export interface Corpus {
  label: string;
  /** Folder given to ingest. */
  docs: string;
  files: number;
  bytes: number;
  manifest?: Manifest;
  planted?: string;
}

export interface Extracted {
  extractions: Extraction[];
  bytes: number;
  failures: Array<{ file: string; message: string }>;
}

/** sha256 of the generator's sources, so a cached corpus from older generator code is regenerated. */
function generatorFingerprint(): string {
  const dir = resolve('bench/generate');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Memoise an async factory. */
function once<T>(factory: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= factory();
    return value;
  };
}

async function need<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new NotRun(`${what} is not available (${(error as Error).message.split('\n')[0]})`);
  }
}

export class BenchContext {
  readonly workDir: string;
  private readonly cleanups: Array<() => Promise<void>> = [];

  constructor(readonly options: BenchOptions) {
    this.workDir = resolve(options.workDir);
    mkdirSync(this.workDir, { recursive: true });
  }

  /** The generated corpus of --size documents, reused when bench/corpora already holds it. */
  readonly generated = once(
    async (): Promise<Corpus> => this.corpusOfSize(this.options.size, this.options.sizeLabel),
  );

  async corpusOfSize(size: number, label: string): Promise<Corpus> {
    const dir = resolve(`bench/corpora/${label}-seed${this.options.seed}`);
    const manifestPath = join(dir, 'manifest.json');
    let manifest: Manifest | undefined;
    // Reuse a corpus only when the generator's code is the same as the one that wrote it.
    const generator = `${GENERATOR_VERSION}#${generatorFingerprint()}`;
    if (existsSync(manifestPath)) {
      const cached = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest & { builtBy?: string };
      if (cached.builtBy === generator && cached.size === size && cached.seed === this.options.seed)
        manifest = cached;
    }
    if (!manifest) {
      manifest = generateCorpus({ size, seed: this.options.seed }, new FileSink(dir));
      writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, builtBy: generator }, null, 2)}\n`);
    }
    return {
      label: `generated ${label}`,
      docs: join(dir, 'docs'),
      files: manifest.documents,
      bytes: manifest.bytes,
      manifest,
      planted: join(dir, 'planted.json'),
    };
  }

  /**
   * The corpus the query and load sections use: the --size corpus up to 20k documents, else the 10k one
   * (those sections hold every extraction in memory; the memory section streams the big corpus instead).
   */
  readonly queryCorpus = once(
    async (): Promise<Corpus> =>
      this.options.size <= 20_000 ? this.generated() : this.corpusOfSize(10_000, '10k'),
  );

  readonly sample = once(async (): Promise<Corpus> => {
    const { planSources } = await need(
      'the ingest walker (src/ingest)',
      () => import('../../src/ingest/index.js'),
    );
    const plan = await planSources([SAMPLE_CORPUS]);
    const files = plan.items.filter((i) => i.type !== 'rejected').length;
    const { statSync } = await import('node:fs');
    const bytes = plan.items.reduce((n, i) => n + (i.type === 'rejected' ? 0 : statSync(i.path).size), 0);
    return { label: 'sample corpus', docs: SAMPLE_CORPUS, files, bytes };
  });

  readonly extractor = once(async (): Promise<Extractor> => {
    const ingest = await need(
      'the extractor (src/ingest createRuleExtractor)',
      () => import('../../src/ingest/index.js'),
    );
    return need('the extraction knowledge (ingest/)', async () => ingest.createRuleExtractor());
  });

  /**
   * Read and extract a corpus's files one at a time, in plan order (the same stages as the ingest pipeline,
   * without a store): each file's extraction with its text's byte length, or its failure.
   */
  async *extractEach(
    corpus: Corpus,
  ): AsyncGenerator<
    { extraction: Extraction; bytes: number } | { failure: { file: string; message: string } }
  > {
    const extractor = await this.extractor();
    const { planSources, readSource } = await import('../../src/ingest/index.js');
    const plan = await planSources([corpus.docs]);
    for (const item of plan.items) {
      if (item.type === 'rejected') {
        yield { failure: { file: item.path, message: item.message } };
        continue;
      }
      try {
        const source = await readSource(item.path);
        const language = extractor.detectLanguage(source.text).language ?? undefined;
        const extraction = extractor.extract({
          text: source.text,
          source: item.source,
          sha256: source.sha256,
          language,
        });
        yield { extraction, bytes: Buffer.byteLength(source.text) };
      } catch (error) {
        yield { failure: { file: item.path, message: (error as Error).message } };
      }
    }
  }

  /** Read and extract every file of a corpus into memory. */
  async extract(corpus: Corpus): Promise<Extracted> {
    const out: Extracted = { extractions: [], bytes: 0, failures: [] };
    for await (const item of this.extractEach(corpus)) {
      if ('failure' in item) out.failures.push(item.failure);
      else {
        out.extractions.push(item.extraction);
        out.bytes += item.bytes;
      }
    }
    return out;
  }

  readonly sampleExtracted = once(async () => this.extract(await this.sample()));
  readonly queryExtracted = once(async () => this.extract(await this.queryCorpus()));

  readonly neo4j = once(async (): Promise<LocalNeo4j> => {
    const home = join(this.workDir, 'neo4j');
    rmSync(home, { recursive: true, force: true });
    const big = this.options.size >= 50_000;
    const server = await startNeo4j(home, big ? '4g' : '1g', big ? '2g' : '512m');
    this.cleanups.push(server.stop);
    return server;
  });

  async openNeo4jStore(writeMode: 'batched' | 'naive' = 'batched'): Promise<GraphStore> {
    const server = await this.neo4j();
    const { Neo4jStore } = await need(
      'the Neo4j store (src/graph/neo4j)',
      () => import('../../src/graph/neo4j/index.js'),
    );
    const writer =
      writeMode === 'naive' ? (await import('../neo4j-naive/applyNaive.js')).naiveWriter : undefined;
    // No background warm-up: it would plan against an empty database and compete with timed loads; the
    // query sections warm the plans once the corpus is loaded (loadedStores).
    const store = new Neo4jStore(
      { uri: server.uri, user: 'neo4j', password: '' },
      { warmUp: false, ...(writer ? { writer } : {}) },
    );
    await store.init();
    return store;
  }

  async openEmbeddedStore(name: string, fresh: boolean): Promise<GraphStore> {
    const { EmbeddedStore } = await need(
      'the embedded store (src/graph/embedded)',
      () => import('../../src/graph/embedded/index.js'),
    );
    const dir = join(this.workDir, name);
    if (fresh) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const store = new EmbeddedStore(dir);
    await store.init();
    return store;
  }

  /** Set by a section that leaves Neo4j holding exactly the query corpus, so it is not loaded twice. */
  neo4jHoldsQueryCorpus = false;

  /** Both stores holding the query corpus, for the query sections. */
  readonly loadedStores = once(async (): Promise<{ embedded: GraphStore; neo4j: GraphStore }> => {
    const { extractions } = await this.queryExtracted();
    // Load times go to stderr with the progress lines: the query sections report latency, not loads.
    const timedLoad = async (name: string, store: GraphStore) => {
      const started = performance.now();
      await writeAll(store, extractions);
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(
        `bench: loaded ${extractions.length} documents into ${name} in ${seconds.toFixed(1)} s\n`,
      );
    };
    const embedded = await this.openEmbeddedStore('embedded-query', true);
    await timedLoad('the embedded store', embedded);
    const neo4j = await this.openNeo4jStore('batched');
    if (!this.neo4jHoldsQueryCorpus) {
      await clearNeo4j((await this.neo4j()).uri);
      await timedLoad('Neo4j (batched writer)', neo4j);
      this.neo4jHoldsQueryCorpus = true;
    }
    // What a server opened on this database does at start (Neo4jStore.warmUp): plan the common reads.
    await (neo4j as import('../../src/graph/neo4j/index.js').Neo4jStore).warmUp();
    this.cleanups.unshift(
      () => embedded.close(),
      () => neo4j.close(),
    );
    return { embedded, neo4j };
  });

  onCleanup(fn: () => Promise<void>): void {
    this.cleanups.unshift(fn);
  }

  async close(): Promise<void> {
    for (const fn of this.cleanups) await fn().catch(() => undefined);
  }
}

/** Write extractions in the pipeline's batch size; throws when any document fails. */
export async function writeAll(store: GraphStore, extractions: Extraction[], batch = 50): Promise<void> {
  for (let i = 0; i < extractions.length; i += batch) {
    const outcomes = await store.writeDocuments(extractions.slice(i, i + batch));
    const failed = outcomes.find((o) => o.status === 'failed');
    if (failed)
      throw new Error(
        `${store.name} store refused ${failed.document}: ${failed.status === 'failed' ? failed.error : ''}`,
      );
  }
}
