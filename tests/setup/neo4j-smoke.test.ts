import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNeo4j, neo4jProvision, requireNeo4jTestConfig } from './neo4j.js';

describeNeo4j('the test run Neo4j', () => {
  let driver: Driver;
  // A label of its own so that concurrent test files sharing the database never see this data.
  const label = `Smoke_${randomUUID().replaceAll('-', '')}`;

  beforeAll(async () => {
    const { uri, user, password } = requireNeo4jTestConfig();
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    await driver.verifyConnectivity();
  });

  afterAll(async () => {
    if (!driver) return;
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database: database() });
    await driver.close();
  });

  function database(): string | undefined {
    return requireNeo4jTestConfig().database;
  }

  it('answers RETURN 1', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: database() });
    expect(records).toHaveLength(1);
    expect(records[0]?.get('one').toNumber()).toBe(1);
  });

  it('creates a node and reads it back', async () => {
    const id = randomUUID();
    // One transaction: another test file clearing the shared database cannot interleave.
    const session = driver.session({ database: database() });
    try {
      const found = await session.executeWrite(async (tx) => {
        await tx.run(`CREATE (n:${label} {id: $id, title: $title})`, {
          id,
          title: 'Résolution AG-2014-RES-04',
        });
        const result = await tx.run(`MATCH (n:${label} {id: $id}) RETURN n.title AS title`, { id });
        return result.records.map((r) => r.get('title'));
      });
      expect(found).toEqual(['Résolution AG-2014-RES-04']);
    } finally {
      await session.close();
    }
  });

  const provision = neo4jProvision();
  const local = provision.status === 'available' && provision.source === 'local';

  it.runIf(local)('runs Neo4j 5.26 LTS when started by the local launcher', async () => {
    const info = await driver.getServerInfo({ database: database() });
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });

  // neo4j:// asks the server for a routing table, which holds the advertised address: it must carry the
  // real port even when the launcher picked a free one.
  it.runIf(local)('routes neo4j:// clients back to the launcher port', async () => {
    const { uri, user, password } = requireNeo4jTestConfig();
    const table = await driver.executeQuery(
      "CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers UNWIND servers AS s UNWIND s.addresses AS a RETURN DISTINCT a",
    );
    expect(table.records.map((r) => r.get('a'))).toEqual([new URL(uri).host]);
    const routing = neo4j.driver(uri.replace(/^bolt:/, 'neo4j:'), neo4j.auth.basic(user, password));
    try {
      const { records } = await routing.executeQuery('RETURN 2 AS two', {}, { routing: 'READ' });
      expect(records[0]?.get('two').toNumber()).toBe(2);
    } finally {
      await routing.close();
    }
  });
});
