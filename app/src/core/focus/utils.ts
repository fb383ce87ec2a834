import { bidirectional } from 'graphology-shortest-path/unweighted';
import Graph from 'graphology';
import type { DataGraph } from '../graph';
import { tieWording } from '../ties/describe';
import type { Depth, FoundPath } from './types';

/** Minimal read access shared by the data and the display graph. */
interface Traversable {
  hasNode(node: string): boolean;
  forEachEdge(node: string, callback: (edge: string, attributes: unknown, source: string, target: string) => void): void;
}

/**
 * Nodes within `depth` ties of `start`, ties followed both ways, keeping to what is visible.
 * Returns node → distance (start is 0).
 */
export function neighbourhood(graph: Traversable, start: string, depth: Depth, visibleNodes: Set<string> | null = null, visibleEdges: Set<string> | null = null): Map<string, number> {
  const distances = new Map<string, number>();
  if (!graph.hasNode(start)) return distances;
  distances.set(start, 0);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (visibleEdges && !visibleEdges.has(edge)) return;
        const other = source === node ? target : source;
        if (distances.has(other) || (visibleNodes && !visibleNodes.has(other))) return;
        distances.set(other, d);
        next.push(other);
      });
    }
    frontier = next;
  }
  return distances;
}

export function pathSets(path: FoundPath | null): { nodes: Set<string>; edges: Set<string> } | null {
  if (!path) return null;
  return { nodes: new Set(path.nodes.map((n) => n.id)), edges: new Set(path.ties.map((t) => t.id)) };
}

/** The path in words, one step a line: "Providence House — member of — Battersea Alliance". */
export function describePath(path: FoundPath): string[] {
  const steps: string[] = [];
  for (let i = 0; i < path.ties.length; i++) {
    const here = path.nodes[i];
    const there = path.nodes[i + 1];
    const tie = path.ties[i];
    if (!here || !there) break;
    const wording = tieWording(tie.tieType);
    const verb = tie.source === here.id ? wording.out : wording.in;
    steps.push(`${here.name} — ${verb.toLowerCase()} — ${there.name}`);
  }
  return steps;
}

/**
 * Shortest path on the loaded data, ties followed both ways: used when the service's /api/paths
 * is not available. Same answer shape as the API.
 */
export function localShortestPath(data: DataGraph, from: string, to: string, tieTypes: string[] = []): FoundPath | null {
  if (!data.hasNode(from) || !data.hasNode(to)) return null;
  const allowed = tieTypes.length > 0 ? new Set(tieTypes) : null;
  const projection = new Graph({ type: 'undirected', multi: false });
  const tieBetween = new Map<string, { id: string; tieType: string; source: string; target: string }>();
  data.forEachNode((n) => projection.addNode(n));
  data.forEachEdge((edge, attrs, source, target) => {
    if (allowed && !allowed.has(attrs.tieType)) return;
    if (source === target || projection.hasEdge(source, target)) return;
    projection.addEdge(source, target);
    tieBetween.set(source < target ? `${source}|${target}` : `${target}|${source}`, { id: edge, tieType: attrs.tieType, source, target });
  });
  const ids = bidirectional(projection, from, to);
  if (!ids) return null;
  const nodes = ids.map((id) => ({ id, name: data.getNodeAttribute(id, 'name'), nodeType: data.getNodeAttribute(id, 'nodeType') }));
  // Every step of the path is an edge of the projection, so each has its tie.
  const ties = ids.slice(1).flatMap((id, i) => {
    const prev = ids[i];
    return tieBetween.get(prev < id ? `${prev}|${id}` : `${id}|${prev}`) ?? [];
  });
  return { nodes, ties: ties as FoundPath['ties'] };
}
