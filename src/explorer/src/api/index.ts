export { LineageApi, NEIGHBOURS_FETCH_LIMIT } from './api.ts';
export { ApiError, type ApiFailure, GRAPHQL_ENDPOINT, request } from './client.ts';
export type * from './types.ts';
