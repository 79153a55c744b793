export { createClient } from './client.js';
export { StageError } from './errors.js';
export { ClientMirror, START_PUBLISHING, STOP_PUBLISHING } from './mirror.js';
export { EventStreamParser } from './sse.js';
