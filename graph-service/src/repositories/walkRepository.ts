/** Cypher for walks through one map's graph (ties never leave their map, so a walk from a node of the map stays in it): whether a node is visible, a node's neighbourhood, paths between two nodes. */
import type { Driver } from 'neo4j-driver';
import type { Static } from 'typebox';
import type { GraphSchema } from '../contract/common.ts';
import type { PathAnswer } from '../contract/queries.ts';
import { nodeTypeOf, visibleNode } from '../db/records.ts';
import { ENTITY_LABEL } from './schemaRepository.ts';
import { int } from '../db/values.ts';
import type { NodeLabel, TieType } from '../model/model.ts';
import { GRAPH_OPTIONS, networkOnDate, readNodes, readTiesBetween, tieTypeAllowed } from './graphReads.ts';
import { counts, WHOLE_RECORD, type AsOf, type FactStatus } from '../model/time.ts';
import { asOfParameters, countsCypher, factStatusCypher, nodeStatusCypher } from './validAt.ts';

/** A neighbourhood walk stops collecting ids past this many, whatever the cap asked for. */
const WALK_CEILING = 50_000;

export interface NeighbourhoodOptions {
  depth: number;
  limit: number;
  types: NodeLabel[] | null;
  tieTypes: TieType[] | null;
  hidden: NodeLabel[];
  /** On a date: walk only the ties that held then, to nodes in the network then. */
  asOf?: AsOf;
}

export interface PathOptions {
  tieTypes: TieType[] | null;
  all: boolean;
  maxLength: number;
  hidden: NodeLabel[];
  /** On a date: paths only through the ties that held then and the nodes in the network then. */
  asOf?: AsOf;
}

export type Path = Static<typeof PathAnswer>['paths'][number];

export class WalkRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /** Whether the map has a node with this id (and label, if given) that the caller may see. */
  async visibleNode(map: string, id: string, hidden: NodeLabel[], label?: NodeLabel): Promise<boolean> {
    const { records } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) WHERE ${visibleNode('n')} AND ($label IS NULL OR $label IN labels(n)) RETURN count(n) AS c`,
      { map, id, hidden, label: label ?? null },
      { database: this.database },
    );
    return records[0].get('c').toNumber() > 0;
  }

  async neighbourhood(map: string, center: string, options: NeighbourhoodOptions): Promise<Static<typeof GraphSchema> | undefined> {
    const time = asOfParameters(options.asOf ?? WHOLE_RECORD);
    const dated = time.day !== null;
    const distance = new Map<string, number>([[center, 0]]);
    const { records: found } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map, id: $center}) WHERE ${visibleNode('n')} RETURN n.id AS id, ${dated ? nodeStatusCypher('n') : "'holds'"} AS status`,
      { map, center, hidden: options.hidden, ...time },
      { database: this.database },
    );
    if (found.length === 0) return undefined;
    const status = found[0].get('status') as FactStatus;
    // A node outside the network on the date has no ties then: its neighbourhood is itself.
    let frontier = counts(status, time.undated) ? [center] : [];
    let walkCut = false;
    const undatedTies = new Set<string>();
    for (let depth = 1; depth <= options.depth && frontier.length > 0 && !walkCut; depth++) {
      const { records } = await this.driver.executeQuery(
        `UNWIND $frontier AS fromId
         MATCH (a:${ENTITY_LABEL} {map: $map, id: fromId})-[r]-(b:${ENTITY_LABEL})
         WHERE ${tieTypeAllowed('r')} AND ${visibleNode('b')} AND ($types IS NULL OR any(l IN labels(b) WHERE l IN $types))
         WITH r, b, ${dated ? factStatusCypher('r') : "'holds'"} AS status
         WITH r, b, status, ${dated ? `${countsCypher('status')} AND ${countsCypher(nodeStatusCypher('b'))}` : 'true'} AS walked
         WHERE walked OR status = 'undated'
         RETURN DISTINCT b.id AS id, walked, CASE WHEN walked THEN NULL ELSE elementId(r) END AS undatedTie LIMIT $ceiling`,
        { map, frontier, tieTypes: options.tieTypes, types: options.types, hidden: options.hidden, ceiling: int(WALK_CEILING), ...time },
        { database: this.database },
      );
      const next: string[] = [];
      for (const r of records) {
        if (!r.get('walked')) {
          undatedTies.add(r.get('undatedTie') as string);
          continue;
        }
        const id = r.get('id') as string;
        if (distance.has(id)) continue;
        distance.set(id, depth);
        next.push(id);
      }
      walkCut = records.length >= WALK_CEILING;
      frontier = next;
    }
    // Nearest first; the walk returns each layer in full, so the cut falls on the farthest layer.
    const ids = [...distance.keys()].slice(0, options.limit);
    const truncated = walkCut || distance.size > options.limit;
    const nodes = (await readNodes(this.driver, this.database, map, ids, options.hidden)).map((n) => ({
      ...n,
      attributes: { ...n.attributes, distance: distance.get(n.key) ?? 0 },
    }));
    const edges = await readTiesBetween(this.driver, this.database, map, ids, ids, { tieTypes: options.tieTypes, asOf: options.asOf });
    const onDate = dated ? { asOf: options.asOf?.date, day: time.day, undated: time.undated ? 'include' : 'exclude', status, undatedTies: undatedTies.size } : {};
    return {
      attributes: { center, depth: options.depth, limit: options.limit, truncated, totalNodes: walkCut ? null : distance.size, ...onDate },
      options: GRAPH_OPTIONS,
      nodes,
      edges,
    };
  }

  /** Whether the node is in the network on the date (always, over the whole record). */
  async inNetwork(map: string, id: string, hidden: NodeLabel[], asOf: AsOf): Promise<boolean> {
    const time = asOfParameters(asOf);
    if (time.day === null) return true;
    const { records } = await this.driver.executeQuery(
      `MATCH (n:${ENTITY_LABEL} {map: $map, id: $id}) RETURN ${nodeStatusCypher('n')} AS status`,
      { map, id, hidden, ...time },
      { database: this.database },
    );
    return records.length > 0 && counts(records[0].get('status') as FactStatus, asOf.undated);
  }

  async paths(map: string, from: string, to: string, options: PathOptions): Promise<Path[]> {
    const time = asOfParameters(options.asOf ?? WHOLE_RECORD);
    // On a date the path keeps to the network then: the nodes in it (worked out once) and the ties that held.
    const network = time.day === null ? null : (await networkOnDate(this.driver, this.database, map, options.hidden, options.asOf ?? WHOLE_RECORD)).ids;
    const onDate = network === null ? '' : `AND all(n IN nodes(p) WHERE n.id IN $network) AND all(r IN relationships(p) WHERE ${countsCypher(factStatusCypher('r'))})`;
    // Cypher cannot take a path length bound as a parameter; maxLength is a schema-checked integer (1–12).
    const bound = Math.max(1, Math.min(12, Math.trunc(options.maxLength)));
    const shortest = options.all ? 'allShortestPaths' : 'shortestPath';
    const { records } = await this.driver.executeQuery(
      `MATCH (a:${ENTITY_LABEL} {map: $map, id: $from}), (b:${ENTITY_LABEL} {map: $map, id: $to})
       MATCH p = ${shortest}((a)-[*..${bound}]-(b))
       WHERE all(r IN relationships(p) WHERE $tieTypes IS NULL OR type(r) IN $tieTypes)
         AND all(n IN nodes(p) WHERE NOT any(l IN labels(n) WHERE l IN $hidden)) ${onDate}
       RETURN [n IN nodes(p) | {id: n.id, name: n.name, labels: labels(n)}] AS nodes,
              [r IN relationships(p) | {id: coalesce(r.id, elementId(r)), tieType: type(r), source: startNode(r).id, target: endNode(r).id}] AS ties
       LIMIT 25`,
      { map, from, to, tieTypes: options.tieTypes, hidden: options.hidden, network, ...time },
      { database: this.database },
    );
    return records.map((r) => ({
      nodes: (r.get('nodes') as { id: string; name: string; labels: string[] }[]).map((n) => ({ id: n.id, name: n.name, nodeType: nodeTypeOf(n.labels) })),
      ties: r.get('ties') as Path['ties'],
    }));
  }
}
