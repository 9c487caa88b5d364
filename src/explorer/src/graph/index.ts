export { dateBounds, type Visible, visibleElements } from './filter.ts';
export { type KindStyle, kindStyles, UNKNOWN_KIND_STYLE } from './kind-style.ts';
export { labelIn, nodeCaption } from './labels.ts';
export { LineageView, type LineageViewEvents } from './lineage-view.ts';
export {
  buildViewGraph,
  EXPANSION_CAP,
  type ExpansionStep,
  MORE_PREFIX,
  type MoreNode,
  neighbourPriority,
  type ViewGraph,
} from './view-graph.ts';
