import { destination, type Logger, pino } from 'pino';
import type { Config } from '../config.js';

/** The API's logger: JSON lines on stderr, so `lineage query` keeps stdout for its result. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { component: 'api' } }, destination(2));
}
