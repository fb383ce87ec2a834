/**
 * Full-text search over every kind of node, through the entity_map_search index: in one map, or
 * across every map (each hit with its map's id and title).
 */
import type { Driver } from 'neo4j-driver';
import { nodeTypeOf } from '../db/records.ts';
import { int } from '../db/values.ts';
import type { NodeLabel } from '../model/model.ts';
import { MAP_LABEL, SEARCH_INDEX } from './schemaRepository.ts';

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
}

const KIND_ALLOWED = `($types IS NULL OR any(l IN labels(node) WHERE l IN $types))
         AND NOT any(l IN labels(node) WHERE l IN $hidden)`;
const HIT_FIELDS = `node.id AS id, node.name AS name, labels(node) AS labels, node.description AS description, node.aliases AS aliases, score`;

function parameters(lucene: string, options: SearchOptions) {
  // The index is asked for more than the limit, since the kind filter runs after it.
  return { index: SEARCH_INDEX, lucene, types: options.types, hidden: options.hidden, limit: int(options.limit), candidates: int(options.limit * 10 + 50) };
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
  async search(map: string, lucene: string, options: SearchOptions): Promise<SearchHit[]> {
    const { records } = await this.driver.executeQuery(
      `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
       WHERE node.map = $map AND ${KIND_ALLOWED}
       RETURN ${HIT_FIELDS}
       ORDER BY score DESC, name ASC
       LIMIT $limit`,
      { ...parameters(lucene, options), map },
      { database: this.database },
    );
    return records.map(toHit);
  }

  /** Hits in every map that has a record (archived maps only when asked for), each naming its map. */
  async searchEveryMap(lucene: string, options: SearchOptions & { archived: boolean }): Promise<MapSearchHit[]> {
    const { records } = await this.driver.executeQuery(
      `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
       WHERE ${KIND_ALLOWED}
       MATCH (m:${MAP_LABEL} {id: node.map}) WHERE $archived OR coalesce(m.archived, false) = false
       RETURN ${HIT_FIELDS}, m.id AS map, m.title AS mapTitle
       ORDER BY score DESC, name ASC, map ASC
       LIMIT $limit`,
      { ...parameters(lucene, options), archived: options.archived },
      { database: this.database },
    );
    return records.map((r) => ({ ...toHit(r), map: r.get('map') as string, mapTitle: r.get('mapTitle') as string }));
  }
}
