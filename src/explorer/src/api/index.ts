export {
  LineageApi,
  type LineageWalk,
  NEIGHBOURS_FETCH_LIMIT,
  PATH_MAX_DEPTH,
  TIMELINE_LIMIT,
} from './api.ts';
export { ApiError, type ApiFailure, GRAPHQL_ENDPOINT, request } from './client.ts';
export type * from './types.ts';
