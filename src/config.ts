import { z } from 'zod';

/**
 * The only reader of process.env. Everything else receives a Config.
 */
const EnvSchema = z.object({
  LINEAGE_DATA_DIR: z.string().min(1).default('./data'),
  LINEAGE_STORE: z.enum(['embedded', 'neo4j']).optional(),
  LINEAGE_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LINEAGE_HOST: z.string().default('127.0.0.1'),
  LINEAGE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LINEAGE_CORS_ORIGINS: z.string().optional(),
  LINEAGE_INTROSPECTION: z.enum(['true', 'false']).optional(),
  NODE_ENV: z.string().default('development'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
});

export interface Config {
  dataDir: string;
  store: 'embedded' | 'neo4j';
  port: number;
  host: string;
  logLevel: string;
  corsOrigins: string[];
  production: boolean;
  introspection: boolean;
  neo4j: { uri?: string; user: string; password: string; database?: string };
}

export interface ConfigOverrides {
  dataDir?: string;
  store?: 'embedded' | 'neo4j';
  port?: number;
  host?: string;
}

export function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${issues}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    dataDir: overrides.dataDir ?? e.LINEAGE_DATA_DIR,
    store: overrides.store ?? e.LINEAGE_STORE ?? (e.NEO4J_URI ? 'neo4j' : 'embedded'),
    port: overrides.port ?? e.LINEAGE_PORT,
    host: overrides.host ?? e.LINEAGE_HOST,
    logLevel: e.LINEAGE_LOG_LEVEL,
    corsOrigins: e.LINEAGE_CORS_ORIGINS ? e.LINEAGE_CORS_ORIGINS.split(',').map((s) => s.trim()) : [],
    production,
    introspection: e.LINEAGE_INTROSPECTION ? e.LINEAGE_INTROSPECTION === 'true' : !production,
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
  };
}
