export {
  LineageApi,
  type LineageWalk,
  NEIGHBOURS_FETCH_LIMIT,
  PATH_MAX_DEPTH,
} from './api.ts';
export { ApiError, type ApiFailure, GRAPHQL_ENDPOINT, request } from './client.ts';
export type * from './types.ts';
