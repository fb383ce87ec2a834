/// <reference lib="webworker" />
/** The page's one web worker: keeps the map responsive while heavy measures and the analysis run. */
import { expose } from 'comlink';
import { createComputeApi } from './computeApi';

expose(createComputeApi());
