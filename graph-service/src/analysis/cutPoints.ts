/**
 * Cut-points (articulation points) and bridges (Hopcroft–Tarjan), iterative so deep graphs do not
 * overflow the stack. For each cut-point, the sizes of the pieces its removal leaves apart from the
 * piece that keeps the rest; for each bridge, the size of the smaller side.
 */
import type { IndexedGraph } from './indexed.ts';

export interface CutPoint {
  node: number;
  /** Sizes of the pieces cut off from the rest of its component, largest first. */
  pieces: number[];
  /** Node indices of those pieces (same order), computed on demand: a long chain has many. */
  pieceNodes(): number[][];
}

export interface Bridge {
  a: number;
  b: number;
  /** Size of the smaller side (the side cut off). */
  cutOffSize: number;
  /** Nodes on that side, on demand. */
  cutOff(): number[];
}

export function cutPointsAndBridges(g: IndexedGraph): { cutPoints: CutPoint[]; bridges: Bridge[] } {
  const n = g.ids.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const subtree = new Int32Array(n); // DFS-tree subtree sizes
  const edgeCursor = new Int32Array(n);
  const order: number[] = []; // discovery order, to collect subtrees later
  const childPieces = new Map<number, number[]>(); // cut-point → DFS children whose subtree is cut off
  const bridgeChildren: number[] = []; // child c such that (parent[c], c) is a bridge
  const rootOf = new Int32Array(n);
  let time = 0;
  const stack = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    order.push(root);
    rootOf[root] = root;
    edgeCursor[root] = g.offsets[root];
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1];
      if (edgeCursor[v] < g.offsets[v + 1]) {
        const w = g.adjacency[edgeCursor[v]++];
        if (disc[w] === -1) {
          parent[w] = v;
          rootOf[w] = root;
          disc[w] = low[w] = time++;
          order.push(w);
          edgeCursor[w] = g.offsets[w];
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) {
          if (disc[w] < low[v]) low[v] = disc[w];
        }
      } else {
        top--;
        subtree[v] += 1;
        const p = parent[v];
        if (p >= 0) {
          subtree[p] += subtree[v];
          if (low[v] < low[p]) low[p] = low[v];
          if (low[v] > disc[p]) bridgeChildren.push(v);
          if (p !== root && low[v] >= disc[p]) {
            const list = childPieces.get(p) ?? [];
            list.push(v);
            childPieces.set(p, list);
          }
        }
      }
    }
    if (rootChildren > 1) {
      // A root with several DFS children separates them.
      const children: number[] = [];
      for (let k = g.offsets[root]; k < g.offsets[root + 1]; k++) {
        const c = g.adjacency[k];
        if (parent[c] === root) children.push(c);
      }
      childPieces.set(root, children);
    }
  }
  // Subtree members: DFS order places a subtree contiguously from its root's position.
  const position = new Int32Array(n);
  for (const [i, v] of order.entries()) position[v] = i;
  const subtreeNodes = (c: number) => order.slice(position[c], position[c] + subtree[c]);
  const componentSize = new Int32Array(n);
  for (let v = 0; v < n; v++) componentSize[rootOf[v]]++;

  const cutPoints: CutPoint[] = [];
  for (const [v, children] of childPieces) {
    if (children.length === 0) continue;
    // The pieces left when v goes: each separated child subtree, plus (below the root) the side
    // holding v's parent. The largest piece is "the rest"; the others are cut off from it.
    const pieces: { size: number; child: number }[] = children.map((c) => ({ size: subtree[c], child: c }));
    if (parent[v] >= 0) pieces.push({ size: componentSize[rootOf[v]] - 1 - children.reduce((s, c) => s + subtree[c], 0), child: -1 });
    pieces.sort((a, b) => b.size - a.size || a.child - b.child);
    const cut = pieces.slice(1).filter((p) => p.size > 0);
    if (cut.length === 0) continue;
    cutPoints.push({
      node: v,
      pieces: cut.map((p) => p.size),
      pieceNodes: () =>
        cut.map((p) => {
          if (p.child >= 0) return subtreeNodes(p.child);
          const away = new Set<number>([v]);
          for (const c of children) for (const x of subtreeNodes(c)) away.add(x);
          return order.filter((x) => rootOf[x] === rootOf[v] && !away.has(x));
        }),
    });
  }
  const cutOffTotal = (c: CutPoint) => c.pieces.reduce((s, p) => s + p, 0);
  cutPoints.sort((x, y) => cutOffTotal(y) - cutOffTotal(x) || x.node - y.node);

  const bridges: Bridge[] = bridgeChildren.map((c) => {
    const inside = subtree[c];
    const total = componentSize[rootOf[c]];
    const p = parent[c];
    const insideIsSmaller = inside <= total - inside;
    return {
      a: Math.min(p, c),
      b: Math.max(p, c),
      cutOffSize: insideIsSmaller ? inside : total - inside,
      cutOff: () => {
        const nodes = subtreeNodes(c);
        if (insideIsSmaller) return nodes;
        const mark = new Set(nodes);
        return order.filter((v) => rootOf[v] === rootOf[c] && !mark.has(v));
      },
    };
  });
  bridges.sort((x, y) => y.cutOffSize - x.cutOffSize || x.a - y.a || x.b - y.b);
  return { cutPoints, bridges };
}
