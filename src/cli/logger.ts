import pino from 'pino';

export type Logger = pino.Logger;

/** Structured logs go to stderr (synchronously, so nothing is lost on exit); stdout is for results. */
export function createLogger(level: string): Logger {
  return pino({ name: 'lineage', level }, pino.destination({ dest: 2, sync: true }));
}
