import { freshNeo4jStore, holdNeo4jTestDatabase } from '../neo4j/connection.js';
import { describeNeo4j } from '../setup/neo4j.js';
import { defineContractSuite } from './suite.js';

// The same scenarios as the embedded store, against the real test Neo4j, emptied before each test.
describeNeo4j('neo4j adapter', () => {
  holdNeo4jTestDatabase();
  defineContractSuite('neo4j', () => freshNeo4jStore(), { timeout: 120_000 });
});
