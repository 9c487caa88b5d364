export { PreparePool } from './pool.js';
