/** Hard limits shared by the stores and the API. */
export const MAX_LINEAGE_DEPTH = 12;
export const MAX_PAGE_SIZE = 100;
export const MAX_PATH_DEPTH = 12;
