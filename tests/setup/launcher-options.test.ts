import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAUNCHER_DIR, launcherBuilt } from './local-neo4j.js';

const javaFound = spawnSync('sh', ['-c', 'command -v java'], { stdio: 'ignore' }).status === 0;

/** Bad options stop the launcher before Neo4j starts, with exit status 2 and a message naming the value. */
describe.skipIf(!javaFound || !launcherBuilt())('the Neo4j launcher options', () => {
  it.each([
    { args: ['--port', '70000'], message: "invalid port '70000'", why: 'port out of range' },
    { args: ['--page-cache', 'lots'], message: "invalid size 'lots'", why: 'size without a number' },
    { args: ['--stdin-watch', 'maybe'], message: "invalid --stdin-watch 'maybe'", why: 'not on/off' },
    { args: ['--bolt-port', '1'], message: 'unknown option --bolt-port', why: 'unknown flag' },
    { args: ['--data-dir'], message: 'missing value after --data-dir', why: 'flag without value' },
  ])('rejects $args ($why)', ({ args, message }) => {
    const result = spawnSync('bash', [path.join(LAUNCHER_DIR, 'launch.sh'), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).not.toContain('NEO4J_READY');
  });
});
