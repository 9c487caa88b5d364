/** The embedded (SQLite) GraphStore, the default store. */
export { EmbeddedStore, type EmbeddedStoreOptions } from './EmbeddedStore.js';
