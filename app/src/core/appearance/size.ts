export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 22;

/** Square-root scale: hubs stand out without swallowing their neighbours. */
export function sizeForDegree(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_NODE_SIZE;
  const t = Math.sqrt(degree) / Math.sqrt(maxDegree);
  return MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE);
}
