import type { ServerResponse } from 'node:http';
import type { GraphStore } from '../../graph/store.js';
import { sendJson } from './respond.js';

/** /healthz: 200 when the store answers within the budget, 503 otherwise (never hangs). */
export async function handleHealth(
  res: ServerResponse,
  store: GraphStore,
  timeoutMs: number,
  /** Include the failure reason (off in production: driver messages can name hosts). */
  verbose: boolean,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`store did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([store.health(), timeout]);
    sendJson(res, 200, { status: 'ok', store: store.name }, { 'cache-control': 'no-store' });
  } catch (error) {
    const reason = verbose && error instanceof Error ? error.message : undefined;
    sendJson(res, 503, { status: 'unavailable', store: store.name, reason }, { 'cache-control': 'no-store' });
  } finally {
    clearTimeout(timer);
  }
}
