import { readFileSync } from 'node:fs';
import type { PlantedEdge, PlantedNode } from '../generate/index.js';

export interface Planted {
  nodes: PlantedNode[];
  edges: PlantedEdge[];
}

/** Read <corpus>/planted.json as written by the generator. */
export function readPlanted(path: string): Planted {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Planted>;
  if (!Array.isArray(data.nodes) || !Array.isArray(data.edges))
    throw new Error(`${path}: not a planted.json (nodes and edges arrays expected)`);
  return { nodes: data.nodes, edges: data.edges };
}
