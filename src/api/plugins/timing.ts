import type { ApolloServerPlugin } from '@apollo/server';

/** Adds a `Server-Timing` header (parse, validate, execute, total) so clients and benchmarks see where time goes. */
export function timingPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      const phases: Array<[string, number]> = [];
      const phase = (name: string) => {
        const at = performance.now();
        return async () => {
          phases.push([name, performance.now() - at]);
        };
      };
      return {
        async parsingDidStart() {
          return phase('parse');
        },
        async validationDidStart() {
          return phase('validate');
        },
        async executionDidStart() {
          const at = performance.now();
          return {
            async executionDidEnd() {
              phases.push(['execute', performance.now() - at]);
            },
          };
        },
        async willSendResponse({ response }) {
          phases.push(['total', performance.now() - started]);
          const header = phases.map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`).join(', ');
          response.http.headers.set('server-timing', header);
        },
      };
    },
  };
}
