import type { Extraction } from '../model/index.js';

export interface ExtractionCaps {
  maxEvidencePerRelation: number;
  maxMentionsPerDocument: number;
}

/**
 * Bound what one document adds to the store: a text that repeats one statement (or one acronym) hundreds of
 * thousands of times would otherwise write as many evidence rows and mentions. The first ones in reading
 * order are kept; a warning counts what was left out, so the report and the log say the text was cut.
 */
export function capExtraction(extraction: Extraction, caps: ExtractionCaps): Extraction {
  const evidenceCap = Math.max(1, caps.maxEvidencePerRelation);
  const mentionCap = Math.max(0, caps.maxMentionsPerDocument);
  const warnings = [...extraction.warnings];
  let droppedEvidence = 0;
  let cappedRelations = 0;
  const edges = extraction.edges.map((edge) => {
    if (edge.evidence.length <= evidenceCap) return edge;
    droppedEvidence += edge.evidence.length - evidenceCap;
    cappedRelations++;
    return { ...edge, evidence: edge.evidence.slice(0, evidenceCap) };
  });
  if (cappedRelations > 0) {
    warnings.push({
      code: 'EVIDENCE_CAPPED',
      message: `${cappedRelations} relation(s) stated more than ${evidenceCap} times in this document: kept the first ${evidenceCap} pieces of evidence of each, left out ${droppedEvidence}`,
    });
  }
  const { mentions } = extraction.document;
  let document = extraction.document;
  if (mentions.length > mentionCap) {
    warnings.push({
      code: 'MENTIONS_CAPPED',
      message: `${mentions.length} entity mentions in this document: kept the first ${mentionCap}, left out ${mentions.length - mentionCap}`,
    });
    document = { ...document, mentions: mentions.slice(0, mentionCap) };
  }
  if (document === extraction.document && cappedRelations === 0) return extraction;
  return { ...extraction, document, edges, warnings };
}
