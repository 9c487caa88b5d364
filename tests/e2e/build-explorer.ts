import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const EXPLORER_CONFIG = fileURLToPath(new URL('../../src/explorer/vite.config.ts', import.meta.url));

/** Build the explorer's production bundle into `outDir` (a temp dir, so a running dev build is left alone). */
export async function buildExplorer(outDir: string): Promise<string> {
  await build({
    configFile: EXPLORER_CONFIG,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
