/**
 * What this machine's Neo4j takes at best, as the yardstick for the batched writer (issue 14):
 * `npx tsx bench/neo4j-ceiling.ts [NODES] [ROWS_PER_TRANSACTION]` starts a scratch Neo4j (the local launcher,
 * 1 GB heap, 512 MB page cache), then twice (cold JVM, then warm) writes NODES synthetic nodes with one
 * unique constraint and about 700 bytes of properties each by `UNWIND … MERGE … SET n += row`, and three
 * times as many relationships with a small evidence list each by `UNWIND … MATCH … MATCH … CREATE`, in
 * transactions of ROWS_PER_TRANSACTION rows. No full-text index, no documents, no merge: the plainest bulk
 * shape Neo4j's guidance describes.
 */
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startNeo4j } from './harness/neo4j.js';

const server = await startNeo4j(join('bench/work', 'ceiling'), '1g', '512m');
try {
  const driver = neo4j.driver(server.uri, undefined, { disableLosslessIntegers: true });
  const session = driver.session();
  await session.run('CREATE CONSTRAINT e_id IF NOT EXISTS FOR (n:E) REQUIRE n.id IS UNIQUE');
  await session.run('CALL db.awaitIndexes()');
  const N = Number(process.argv[2] ?? 20000);
  const R = N * 3;
  const batch = Number(process.argv[3] ?? 2000);
  const mkNode = (i: number) => ({
    id: `n${i}`,
    name: `Node number ${i} of the synthetic corpus`,
    aliases: [`N${i}`, `node ${i}`],
    mergeFields: 'x'.repeat(600),
  });
  for (const round of [1, 2]) {
    await session.run('MATCH (n:E) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    let t = performance.now();
    for (let i = 0; i < N; i += batch) {
      const rows = Array.from({ length: Math.min(batch, N - i) }, (_, k) => mkNode(i + k));
      await session.executeWrite((tx) =>
        tx.run('UNWIND $rows AS row MERGE (n:E {id: row.id}) SET n += row', { rows }),
      );
    }
    const nodeS = (performance.now() - t) / 1000;
    t = performance.now();
    for (let i = 0; i < R; i += batch) {
      const rows = Array.from({ length: Math.min(batch, R - i) }, (_, k) => {
        const j = i + k;
        return {
          from: `n${j % N}`,
          to: `n${(j * 7919 + 13) % N}`,
          props: {
            id: `r${j}`,
            quotes: ['a quote of some length, as evidence is'.repeat(3)],
            starts: [j],
            ends: [j + 10],
          },
        };
      });
      await session.executeWrite((tx) =>
        tx.run(
          'UNWIND $rows AS row MATCH (a:E {id: row.from}) MATCH (b:E {id: row.to}) CREATE (a)-[r:REL]->(b) SET r = row.props',
          { rows },
        ),
      );
    }
    const relS = (performance.now() - t) / 1000;
    console.log(
      `round ${round}, batch ${batch}: ${N} nodes in ${nodeS.toFixed(1)} s = ${(N / nodeS).toFixed(0)} nodes/s; ${R} rels in ${relS.toFixed(1)} s = ${(R / relS).toFixed(0)} rels/s`,
    );
  }
  await session.close();
  await driver.close();
} finally {
  await server.stop();
}
process.exit(0);
