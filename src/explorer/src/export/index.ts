export { download } from './download.ts';
export { type GraphData, toJson } from './graph-data.ts';
export { escapeXml, toGraphml } from './graphml.ts';
