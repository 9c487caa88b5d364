/**
 * The amplification attack of issue 12 against a running server: posts each query, prints the answer code,
 * the bytes received, the time and the server's peak RSS (VmHWM of the given pid).
 * Usage: npx tsx bench/hardening/amplify.ts URL PID
 */
import { readFileSync } from 'node:fs';

const [url = 'http://127.0.0.1:4100/graphql', pid] = process.argv.slice(2);
const level = (n: number) =>
  `{ document(id:"document:AG-2014-RES-04.fr") { ${'mentions { document { '.repeat(n)}text${' } }'.repeat(n)} } }`;

const peakRss = () =>
  pid ? /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] : undefined;

for (const [name, query] of [
  ['amplification (3 levels, 190 bytes)', level(3)],
  ['deeper variant (4 levels)', level(4)],
] as const) {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = await res.text();
    const ms = Math.round(performance.now() - started);
    const code = /"code":"([A-Z_]+)"/.exec(body.slice(0, 2000))?.[1] ?? 'data';
    console.log(
      `${name}: ${query.length} B query -> HTTP ${res.status} ${code}, ${body.length} B, ${ms} ms, peak RSS ${Math.round(Number(peakRss()) / 1024)} MB`,
    );
  } catch (error) {
    console.log(
      `${name}: failed after ${Math.round(performance.now() - started)} ms: ${(error as Error).message}`,
    );
  }
}
