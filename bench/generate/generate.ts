/**
 * Generates a corpus of resolutions, deterministic from a seed: the same seed and size give the same bytes.
 * Sessions are produced oldest first and each document is handed to the sink as soon as it is rendered.
 */

import { fileNameOf, ORGAN_SHARE, type SessionSlot, sessionOf, sessionSlots } from './calendar.js';
import { type PlantedNode, plantedEdges, plantedNode } from './facts.js';
import type { ResolutionPlan } from './plan.js';
import { Prng } from './prng.js';
import { renderResolution } from './render/index.js';
import type { CorpusSink } from './sink.js';
import type { OrganId } from './vocabulary.js';
import { type Probe, World } from './world.js';

export interface GenerateOptions {
  seed: number;
  /** Number of documents. */
  size: number;
}

export interface Manifest {
  generator: string;
  seed: number;
  size: number;
  documents: number;
  bytes: number;
  byOrgan: Record<string, number>;
  byLanguage: Record<string, number>;
  plantedNodes: number;
  plantedEdges: number;
  edgesByType: Record<string, number>;
  /** The deepest resolution chains: start points for deep lineage questions. */
  probes: Probe[];
}

export const GENERATOR_VERSION = 'decision-lineage-bench-generator/1';

/** How many resolutions each session adopts so that the corpus has exactly `size` documents. */
export function sessionPlan(size: number): Array<{ slot: SessionSlot; count: number }> {
  const slots = sessionSlots();
  const organs = Object.keys(ORGAN_SHARE) as OrganId[];
  const totals = new Map<OrganId, number>();
  let assigned = 0;
  for (const organ of organs.slice(1)) {
    const n = Math.round(size * ORGAN_SHARE[organ]);
    totals.set(organ, n);
    assigned += n;
  }
  totals.set(organs[0] as OrganId, size - assigned);
  const plan: Array<{ slot: SessionSlot; count: number }> = [];
  for (const organ of organs) {
    const own = slots.filter((s) => s.organ === organ);
    const total = totals.get(organ) ?? 0;
    own.forEach((slot, i) => {
      plan.push({
        slot,
        count: Math.floor(((i + 1) * total) / own.length) - Math.floor((i * total) / own.length),
      });
    });
  }
  // Back to calendar order, so that what a resolution recalls is always older.
  const order = new Map(slots.map((s, i) => [s, i]));
  return plan.sort((a, b) => (order.get(a.slot) ?? 0) - (order.get(b.slot) ?? 0));
}

export function generateCorpus(options: GenerateOptions, sink: CorpusSink): Manifest {
  if (!Number.isInteger(options.size) || options.size < 1)
    throw new Error(`size must be a positive integer, got ${options.size}`);
  // Two streams: changing how texts are worded must not change which facts are planted.
  const worldRandom = new Prng(options.seed);
  const textRandom = new Prng(options.seed ^ 0x5bd1e995);
  const world = new World(worldRandom);
  const manifest: Manifest = {
    generator: GENERATOR_VERSION,
    seed: options.seed,
    size: options.size,
    documents: 0,
    bytes: 0,
    byOrgan: {},
    byLanguage: {},
    plantedNodes: 0,
    plantedEdges: 0,
    edgesByType: {},
    probes: [],
  };
  const plantedSmall = new Set<string>();
  const plant = (node: PlantedNode): void => {
    sink.node(node);
    manifest.plantedNodes++;
  };

  for (const { slot, count } of sessionPlan(options.size)) {
    if (count === 0) continue;
    const session = sessionOf(slot, worldRandom);
    for (const plan of world.session(slot, session, count)) {
      plantNewNodes(plan, plantedSmall, plant);
      for (const edge of plantedEdges(plan)) {
        sink.edge(edge);
        manifest.plantedEdges++;
        manifest.edgesByType[edge.type] = (manifest.edgesByType[edge.type] ?? 0) + 1;
      }
      const text = renderResolution(plan, textRandom);
      sink.document(
        `${slot.organ}/${slot.year}/${fileNameOf(plan.resolution.code, plan.lang, plan.style)}`,
        text,
      );
      manifest.documents++;
      manifest.bytes += Buffer.byteLength(text);
      manifest.byOrgan[slot.organ] = (manifest.byOrgan[slot.organ] ?? 0) + 1;
      manifest.byLanguage[plan.lang] = (manifest.byLanguage[plan.lang] ?? 0) + 1;
    }
  }
  manifest.probes = world.deepest();
  manifest.edgesByType = Object.fromEntries(
    Object.entries(manifest.edgesByType).sort(([a], [b]) => a.localeCompare(b)),
  );
  sink.close(manifest);
  return manifest;
}

/**
 * Plants the nodes a plan introduces. Resolutions, reports and bodies are new exactly where the plan
 * creates them; the few recurring entities (sessions, meetings, organs, conferences) are tracked by key.
 */
function plantNewNodes(
  plan: ResolutionPlan,
  recurring: Set<string>,
  plant: (node: PlantedNode) => void,
): void {
  plant(plantedNode(plan.resolution));
  for (const session of [plan.session, plan.organSession]) {
    if (session && !recurring.has(session.key)) {
      recurring.add(session.key);
      plant(plantedNode(session));
    }
  }
  for (const act of [...plan.preamble, ...plan.operative]) {
    if (act.act === 'establish') plant(plantedNode(act.body));
    else if (act.act === 'noteReport') plant(plantedNode(act.report));
    else {
      const entity =
        act.act === 'takeIntoAccount'
          ? act.conference
          : act.act === 'encourage' || act.act === 'invite'
            ? act.addressee
            : act.act === 'request' || act.act === 'authorize'
              ? act.organ
              : act.act === 'recommend'
                ? act.partner
                : undefined;
      if (entity && !recurring.has(entity.key)) {
        recurring.add(entity.key);
        plant(plantedNode(entity));
      }
    }
  }
}
