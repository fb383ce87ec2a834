/**
 * Full-text search over every kind of node, through the entity_map_search index: in one map, or
 * across every map (each hit with its map's id and title).
 */
import type { Driver } from 'neo4j-driver';
import { nodeTypeOf } from '../db/records.ts';
import { int } from '../db/values.ts';
import type { NodeLabel } from '../model/model.ts';
import { MAP_LABEL, SEARCH_INDEX } from './schemaRepository.ts';
import { WHOLE_RECORD, type AsOf } from '../model/time.ts';
import { asOfParameters, nodeStatusCypher } from './validAt.ts';

export interface SearchHit {
  id: string;
  name: string;
  nodeType: NodeLabel;
  score: number;
  description?: string;
  aliases?: string[];
}

export interface MapSearchHit extends SearchHit {
  map: string;
  mapTitle: string;
}

export interface SearchOptions {
  types: NodeLabel[] | null;
  hidden: NodeLabel[];
  limit: number;
  /** On a date: only nodes in the network then (validAt.ts); default the whole record. */
  asOf?: AsOf;
}

/** Hits and, on a date, how many matching nodes were left out as undated. */
export interface Found<T> {
  hits: T[];
  undatedNodes: number;
}

const KIND_ALLOWED = `($types IS NULL OR any(l IN labels(node) WHERE l IN $types))
         AND NOT any(l IN labels(node) WHERE l IN $hidden)`;
const HIT_FIELDS = `node.id AS id, node.name AS name, labels(node) AS labels, node.description AS description, node.aliases AS aliases, score`;

function parameters(lucene: string, options: SearchOptions) {
  // The index is asked for more than the limit, since the kind filter (and the date) run after it.
  const candidates = options.limit * 10 + 50;
  const time = asOfParameters(options.asOf ?? WHOLE_RECORD);
  // On a date the undated hits are returned too (to be counted), so the cut is made after them.
  return { index: SEARCH_INDEX, lucene, types: options.types, hidden: options.hidden, limit: int(time.day === null ? options.limit : candidates), candidates: int(candidates), ...time };
}

/** The node's status on the date, written in only when there is a date. */
function statusOf(options: SearchOptions): string {
  return options.asOf?.date ? nodeStatusCypher('node') : "'holds'";
}

/** Hits in the network on the date, up to the limit, and how many undated ones were left out. */
function found<T>(records: { get(key: string): unknown }[], options: SearchOptions, hit: (r: { get(key: string): unknown }) => T): Found<T> {
  const held = records.filter((r) => r.get('status') === 'holds');
  return { hits: held.slice(0, options.limit).map(hit), undatedNodes: records.length - held.length };
}

function toHit(r: { get(key: string): unknown }): SearchHit {
  return {
    id: r.get('id') as string,
    name: r.get('name') as string,
    nodeType: nodeTypeOf(r.get('labels') as string[]),
    score: Math.round((r.get('score') as number) * 1000) / 1000,
    description: (r.get('description') as string | null) ?? undefined,
    aliases: (r.get('aliases') as string[] | null) ?? undefined,
  };
}

export class SearchRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /**
   * Hits in one map. `lucene` already requires the map (searchQuery's inMap); the index splits
   * ids on hyphens, so that clause can also let in a map whose id holds the same words, and the
   * WHERE keeps exactly this one.
   */
  async search(map: string, lucene: string, options: SearchOptions): Promise<Found<SearchHit>> {
    const { records } = await this.driver.executeQuery(
      `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
       WHERE node.map = $map AND ${KIND_ALLOWED}
       WITH node, score, ${statusOf(options)} AS status WHERE status IN ['holds', 'undated']
       RETURN ${HIT_FIELDS}, status
       ORDER BY score DESC, name ASC
       LIMIT $limit`,
      { ...parameters(lucene, options), map },
      { database: this.database },
    );
    return found(records, options, toHit);
  }

  /** Hits in every map that has a record (archived maps only when asked for), each naming its map. */
  async searchEveryMap(lucene: string, options: SearchOptions & { archived: boolean }): Promise<Found<MapSearchHit>> {
    const { records } = await this.driver.executeQuery(
      `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
       WHERE ${KIND_ALLOWED}
       MATCH (m:${MAP_LABEL} {id: node.map}) WHERE $archived OR coalesce(m.archived, false) = false
       WITH node, score, m, ${statusOf(options)} AS status WHERE status IN ['holds', 'undated']
       RETURN ${HIT_FIELDS}, m.id AS map, m.title AS mapTitle, status
       ORDER BY score DESC, name ASC, map ASC
       LIMIT $limit`,
      { ...parameters(lucene, options), archived: options.archived },
      { database: this.database },
    );
    return found(records, options, (r) => ({ ...toHit(r), map: r.get('map') as string, mapTitle: r.get('mapTitle') as string }));
  }
}
