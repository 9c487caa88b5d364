export { createErrorFormatter, INTERNAL_MESSAGE, publicCode } from './errors.js';
export { armorProtection, LIMIT_EXTENSION } from './limits.js';
export { loggingPlugin } from './logging.js';
export { readOnlyPlugin } from './read-only.js';
export { timingPlugin } from './timing.js';
