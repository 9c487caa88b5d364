export { dateBounds, dateInRange, type Visible, visibleElements } from './filter.ts';
export { type KindStyle, kindStyles, UNKNOWN_KIND_STYLE } from './kind-style.ts';
export { labelIn, nodeCaption } from './labels.ts';
export { lineagePath, type PathDirection } from './lineage-path.ts';
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
export { type ViewTimeline, viewTimeline } from './view-timeline.ts';
