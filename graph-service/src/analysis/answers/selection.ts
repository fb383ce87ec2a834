/**
 * The ties among several chosen nodes, for the "n selected" panel: the ties recorded between any
 * two of them, and for two organisations the working tie the organisation network sees between
 * them (a partnership, funding, a shared person: projection.ts). Shared context alone (an event, an
 * alliance) is said but does not count as connected. Whoever is connected to none of the others is listed apart.
 */
import { plural, type AnalysisContext } from '../context.ts';
import { endedOn } from '../dates.ts';
import { describeTie } from '../projection.ts';
import { tieTypeEntry, type NodeLabel, type TieType } from '../../model/model.ts';

export interface Named {
  id: string;
  name: string;
  nodeType: NodeLabel;
}

export interface TieBetween {
  a: string;
  b: string;
  /** Ties recorded between the two, as running text reads them ("member of"). */
  recorded: { id: string; tieType: TieType; phrase: string; from: string; to: string }[];
  /** What joins two organisations in the organisation network, in words ("partners in Youth Battersea"). */
  network?: string;
  /** A recorded tie or a working tie: the two are connected. Shared context only: false. */
  connected: boolean;
  words: string;
}

export interface TiesAmongAnswer {
  nodes: Named[];
  /** Ids asked for that the analysed map does not hold (another map's, hidden, or filtered out). */
  missing: string[];
  ties: TieBetween[];
  /** Connected to none of the others. */
  alone: Named[];
  summary: string;
}

export function tiesAmong(context: AnalysisContext, ids: readonly string[]): TiesAmongAnswer {
  const { data, network } = context;
  const model = context.options.model;
  const unique = [...new Set(ids)];
  const present = unique.filter((id) => data.hasNode(id));
  const name = network.facts.name;
  const nodes: Named[] = present.map((id) => ({ id, name: name(id), nodeType: data.getNodeAttribute(id, 'nodeType') }));
  const chosen = new Set(present);
  // A tie that has ended by the day analysed joins no one, as in the organisation network.
  const ended = endedOn(network.facts.asOf);
  const ties: TieBetween[] = [];
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const [a, b] = [present[i], present[j]];
      const recorded = [...new Set([...data.edges(a, b), ...data.edges(b, a)])].filter((e) => !ended(data.getEdgeAttribute(e, 'until'))).map((e) => {
        const tieType = data.getEdgeAttribute(e, 'tieType');
        return { id: e, tieType, phrase: tieTypeEntry(tieType, model)?.wording.phrase ?? tieType, from: data.source(e), to: data.target(e) };
      }).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)); // by id: the store's order of ties is not the answer's
      const projected = network.graph.hasEdge(a, b) ? network.graph.getEdgeAttributes(a, b) : null;
      if (recorded.length === 0 && !projected) continue;
      const working = projected?.structural === true;
      const connected = recorded.length > 0 || working;
      const words = projected ? describeTie(network, a, b) : undefined;
      const how = recorded.map((r) => `${name(r.from)} ${r.phrase} ${name(r.to)}`);
      if (words) how.push(working ? `working tie: ${words}` : `only shared context: ${words}`);
      ties.push({ a, b, recorded, ...(words ? { network: words } : {}), connected, words: how.join('; ') });
    }
  }
  const linked = new Set(ties.filter((t) => t.connected).flatMap((t) => [t.a, t.b]));
  const alone = nodes.filter((n) => !linked.has(n.id));
  const missing = unique.filter((id) => !chosen.has(id));
  const pairs = ties.filter((t) => t.connected).length;
  const summary =
    nodes.length < 2
      ? 'Choose two or more to see the ties among them.'
      : `${plural(pairs, 'pair')} of the ${nodes.length} ${pairs === 1 ? 'is' : 'are'} connected; ${alone.length === 0 ? 'every one is tied to another' : `${alone.length} ${alone.length === 1 ? 'is' : 'are'} connected to none of the others`}.`;
  return { nodes, missing, ties, alone, summary };
}
