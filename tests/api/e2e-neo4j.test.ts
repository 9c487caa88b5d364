import { freshNeo4jStore, holdNeo4jTestDatabase } from '../neo4j/connection.js';
import { describeNeo4j } from '../setup/neo4j.js';
import { defineApiE2E } from './e2e-suite.js';

// Skips (with the global setup's one-line reason) only when no Neo4j is available and REQUIRE_NEO4J is unset.
describeNeo4j('API on Neo4j', () => {
  holdNeo4jTestDatabase();
  defineApiE2E('neo4j', () => freshNeo4jStore(), 300_000);
});
