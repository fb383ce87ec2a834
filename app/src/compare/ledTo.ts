/** What an event or programme led to: the ties whose `madeAt` names it, read from the data graph. */
import { dayBound } from '../../../graph-service/src/model/dates';
import { MADE_AT } from '../../../graph-service/src/model/time';
import type { DataGraph, NodeType, PropertyValue, TieType } from '../core/graph';

export interface LedToTie {
  id: string;
  tieType: TieType;
  from: { id: string; name: string; nodeType: NodeType };
  to: { id: string; name: string; nodeType: NodeType };
  since?: PropertyValue;
  until?: PropertyValue;
  dateBasis?: PropertyValue;
}

/** Ties made at or through `node`, earliest first (undated last), then by the names they join. */
export function ledTo(graph: DataGraph, node: string): LedToTie[] {
  const out: LedToTie[] = [];
  const end = (id: string) => ({ id, name: graph.getNodeAttribute(id, 'name'), nodeType: graph.getNodeAttribute(id, 'nodeType') });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs[MADE_AT] !== node) return;
    out.push({ id: edge, tieType: attrs.tieType, from: end(source), to: end(target), since: attrs.since, until: attrs.until, dateBasis: attrs.dateBasis });
  });
  const start = (t: LedToTie) => dayBound(t.since, 'start');
  const byStart = (a: LedToTie, b: LedToTie) => {
    const [x, y] = [start(a), start(b)];
    if (x === y) return 0;
    if (x === undefined || y === undefined) return x === undefined ? 1 : -1;
    return x < y ? -1 : 1;
  };
  return out.sort((a, b) => byStart(a, b) || a.from.name.localeCompare(b.from.name) || a.to.name.localeCompare(b.to.name));
}
