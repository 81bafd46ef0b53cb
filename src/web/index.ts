// The status page's front door: what the worker wires beside the ops listener.
export { startStatusServer, type StatusServer } from './server.js';
export type { StatusReader, WorkerView } from './status.js';
