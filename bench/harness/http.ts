/** A minimal keep-alive GraphQL client on node:http, so client overhead stays small and constant. */
import { Agent, request } from 'node:http';

export interface GraphqlClient {
  post(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data?: unknown; errors?: Array<{ message: string }> }>;
  close(): void;
}

export function graphqlClient(endpoint: string, sockets = 8): GraphqlClient {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const url = new URL(endpoint);
  return {
    post(query, variables) {
      const body = JSON.stringify({ query, variables });
      return new Promise((resolve, reject) => {
        const req = request(
          {
            agent,
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              try {
                const parsed = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string }> };
                if (res.statusCode !== 200 && !parsed.errors)
                  reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
                else resolve(parsed);
              } catch {
                reject(new Error(`HTTP ${res.statusCode}: not JSON: ${text.slice(0, 200)}`));
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
