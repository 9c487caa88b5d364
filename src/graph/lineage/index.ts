/** Pure rules shared by every GraphStore adapter (docs/store-semantics.md). */
export { decodeCursor, encodeCursor } from './cursor.js';
export {
  addEdgeProps,
  canonicalEdge,
  canonicalEvidence,
  compareEvidence,
  type EdgePropsState,
  edgeId,
  edgePropsFromState,
} from './edgeMerge.js';
export { exportNode } from './exportNode.js';
export { fold, foldedTokens, searchTerms } from './fold.js';
export {
  addNodeContribution,
  canonicalNode,
  compareStrings,
  emptyNodeState,
  mergeNodeContributions,
  type NodeMergeState,
  nodeFromState,
  outranks,
} from './nodeMerge.js';
export { ownNodeId } from './ownNode.js';
export { documentDate, placementDate } from './placementDate.js';
export {
  checkDepth,
  checkKinds,
  checkPageSize,
  checkPathDepth,
  checkPositiveInt,
  checkRelationTypes,
} from './queryChecks.js';
export {
  EXACT,
  PREFIX,
  SEARCH_FIELDS,
  type SearchField,
  type SearchFields,
  searchFieldsOf,
  searchScore,
  searchScoreLazily,
  termScores,
  WHOLE_NAME_BONUS,
} from './searchScore.js';
export { type PreparedExtraction, validateExtraction } from './validateExtraction.js';
export {
  type CheckedLineage,
  checkLineageQuery,
  ShortestPathSearch,
  STEP_IN,
  STEP_OUT,
  stepMask,
  stepTypes,
  type WalkResult,
  type WalkSpace,
  walkFromLayers,
  walkLineage,
} from './walk.js';
