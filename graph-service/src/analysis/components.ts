/** Connected components (breadth-first), largest first. */
import type { IndexedGraph } from './indexed.ts';

export interface Components {
  /** Component number of each node (0 = largest). */
  of: Int32Array;
  /** Node indices per component, largest first (ties: the one holding the lowest index first). */
  members: number[][];
}

export function connectedComponents(g: IndexedGraph): Components {
  const n = g.ids.length;
  const raw = new Int32Array(n).fill(-1);
  const found: number[][] = [];
  const queue = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (raw[start] !== -1) continue;
    const id = found.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    raw[start] = id;
    const members: number[] = [];
    while (head < tail) {
      const v = queue[head++];
      members.push(v);
      for (let k = g.offsets[v]; k < g.offsets[v + 1]; k++) {
        const w = g.adjacency[k];
        if (raw[w] === -1) {
          raw[w] = id;
          queue[tail++] = w;
        }
      }
    }
    found.push(members);
  }
  const order = found.map((_, i) => i).sort((a, b) => found[b].length - found[a].length || a - b);
  const rank = new Int32Array(found.length);
  for (const [i, old] of order.entries()) rank[old] = i;
  const of = new Int32Array(n);
  for (let v = 0; v < n; v++) of[v] = rank[raw[v]];
  return { of, members: order.map((i) => found[i]) };
}
