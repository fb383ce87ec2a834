/// <reference lib="webworker" />
/** The analysis web worker: keeps the map responsive while clusters and gaps are computed. */
import { createEngine } from './engine';
import type { WorkerRequest } from './protocol';

const engine = createEngine();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  self.postMessage(engine(event.data));
};
