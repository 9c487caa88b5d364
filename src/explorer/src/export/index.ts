export { download } from './download.ts';
export { type FigureFrame, frameLayout } from './figure-frame.ts';
export { fileStem } from './file-stem.ts';
export { type GraphData, toJson } from './graph-data.ts';
export { escapeXml, toGraphml } from './graphml.ts';
export { framePng, PNG_MAX_SIDE } from './png-figure.ts';
export { type SvgEdge, type SvgNode, type SvgScene, sceneToSvg, wrapLabel } from './svg-scene.ts';
