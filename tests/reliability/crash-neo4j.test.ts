import { holdNeo4jTestDatabase, openTestNeo4jStore } from '../neo4j/connection.js';
import { describeNeo4j, neo4jTestConfig } from '../setup/neo4j.js';
import { crashSuite } from './crash-suite.js';

describeNeo4j('SIGKILL during `lineage ingest` into Neo4j', () => {
  holdNeo4jTestDatabase();
  const config = neo4jTestConfig();
  const env: Record<string, string> = {
    NEO4J_URI: config?.uri ?? '',
    NEO4J_USER: config?.user ?? '',
    NEO4J_PASSWORD: config?.password ?? '',
    ...(config?.database ? { NEO4J_DATABASE: config.database } : {}),
  };
  crashSuite(
    {
      cli: () => ({ args: ['--store', 'neo4j'], env }),
      reset: async () => {
        const store = await openTestNeo4jStore();
        await store.clear();
        await store.close();
      },
      open: () => openTestNeo4jStore(),
    },
    20261130,
  );
});
