import { createHash } from 'node:crypto';
import type { Extraction, GraphEdge, GraphNode } from '../../src/model/index.js';
import { buildExtraction, node } from '../fixtures/contract/index.js';

export const SHARED_BODY = 'body:generated-shared-group';
export const generatedId = (i: number) => `resolution:GEN-${String(i).padStart(5, '0')}`;

/** A small generated resolution: RECALLS the previous one and THANKS a body every document shares. */
export function generatedExtraction(i: number): Extraction {
  const code = `GEN-${String(i).padStart(5, '0')}`;
  const previous = `GEN-${String(i - 1).padStart(5, '0')}`;
  const text = `${code}\n\nRECALLING resolution ${previous},\n\nTHANKS the Shared Group.\n`;
  return buildExtraction({
    id: generatedId(i),
    source: `${code}.txt`,
    language: 'en',
    text,
    nodes: [
      node(generatedId(i), 'Resolution', code, {
        code,
        props: { date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}` },
      }),
      node(generatedId(i - 1), 'Resolution', previous, { code: previous }),
      node(SHARED_BODY, 'Body', 'Shared Group', { aliases: [`Shared Group ${i % 3}`] }),
    ],
    facts: [
      {
        type: 'RECALLS',
        from: generatedId(i),
        to: generatedId(i - 1),
        quote: `RECALLING resolution ${previous}`,
      },
      { type: 'THANKS', from: generatedId(i), to: SHARED_BODY, quote: 'THANKS the Shared Group' },
    ],
  });
}

export const LARGE_ID = 'resolution:LARGE-0001';

/** One document stating `size` bodies and as many THANKS edges: a write that takes a while. */
export function largeExtraction(size: number): Extraction {
  const lines: string[] = ['LARGE-0001', ''];
  const nodes: GraphNode[] = [node(LARGE_ID, 'Resolution', 'LARGE-0001', { code: 'LARGE-0001' })];
  const edges: GraphEdge[] = [];
  let offset = lines.join('\n').length + 1;
  for (let i = 0; i < size; i++) {
    const name = `Group ${String(i).padStart(6, '0')}`;
    const line = `THANKS the ${name};`;
    const id = `body:large-group-${i}`;
    nodes.push(node(id, 'Body', name, { aliases: [`G${i}`] }));
    edges.push({
      id: `THANKS:${LARGE_ID}->${id}`,
      type: 'THANKS',
      from: LARGE_ID,
      to: id,
      evidence: [
        {
          document: LARGE_ID,
          clause: 0,
          function: 'operative',
          quote: line,
          start: offset,
          end: offset + line.length,
          rule: 'large',
        },
      ],
    });
    lines.push(line);
    offset += line.length + 1;
  }
  const text = `${lines.join('\n')}\n`;
  return {
    document: {
      id: LARGE_ID,
      source: 'large.txt',
      sha256: createHash('sha256').update(text).digest('hex'),
      language: 'en',
      text,
      clauses: [],
      mentions: [],
    },
    nodes,
    edges,
    warnings: [],
  };
}
