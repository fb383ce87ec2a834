/**
 * An edge list alone (source,target[,weight], as networkx and Gephi write one) names its nodes only
 * as the ends of its edges: each distinct end becomes an element row named by it, so the planner
 * finds it in the map by id or name, or creates it. Pure.
 */
import type { NodeLabel } from '../model/model.ts';
import { NODE_ID_PATTERN } from '../model/rules/ids.ts';
import type { ConnectionRow, ElementRow } from './types.ts';

const NODE_ID = new RegExp(NODE_ID_PATTERN);

export function endElements(connections: ConnectionRow[], label: NodeLabel): ElementRow[] {
  const rows = new Map<string, ElementRow>();
  for (const connection of connections) {
    for (const end of [connection.from, connection.to]) {
      if (end === undefined || rows.has(end)) continue;
      const ids = NODE_ID.test(end) ? { id: end } : { importedId: end };
      rows.set(end, {
        ref: { kind: 'elements', origin: `${connection.ref.origin} ends`, line: connection.ref.line }, ...ids, label, name: end, nameFromId: true,
        aliases: [], tags: [], themes: [], properties: {}, problems: [], notes: ['an end of a connection; the file has no table of elements'],
      });
    }
  }
  return [...rows.values()];
}
