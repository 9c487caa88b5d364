import autocannon from 'autocannon';

export interface LoadFigures {
  store: string;
  connections: number;
  seconds: number;
  requests: number;
  /** Mean requests per second. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Socket errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx replies whose body carries GraphQL `errors`. */
  graphqlErrors: number;
}

/** Runs autocannon against `/graphql` with the given bodies, cycled per connection. */
export async function runLoad(
  store: string,
  url: string,
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: bodies.map((body) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body,
      onResponse: (_status: number, reply: string) => {
        if (reply.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  return {
    store,
    connections,
    seconds,
    requests: result.requests.total,
    throughput: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
  };
}
