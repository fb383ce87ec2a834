/** Full-text search over every kind of node, through the entity_search index. */
import type { Driver } from 'neo4j-driver';
import { nodeTypeOf } from '../db/records.ts';
import { int } from '../db/values.ts';
import { SEARCH_INDEX } from './schemaRepository.ts';
import type { NodeLabel } from '../model/model.ts';

export interface SearchHit {
  id: string;
  name: string;
  nodeType: NodeLabel;
  score: number;
  description?: string;
  aliases?: string[];
}

export class SearchRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  async search(lucene: string, options: { types: NodeLabel[] | null; hidden: NodeLabel[]; limit: number }): Promise<SearchHit[]> {
    const { records } = await this.driver.executeQuery(
      `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $candidates}) YIELD node, score
       WHERE ($types IS NULL OR any(l IN labels(node) WHERE l IN $types))
         AND NOT any(l IN labels(node) WHERE l IN $hidden)
       RETURN node.id AS id, node.name AS name, labels(node) AS labels, node.description AS description,
              node.aliases AS aliases, score
       ORDER BY score DESC, name ASC
       LIMIT $limit`,
      { index: SEARCH_INDEX, lucene, types: options.types, hidden: options.hidden, limit: int(options.limit), candidates: int(options.limit * 10 + 50) },
      { database: this.database },
    );
    return records.map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      nodeType: nodeTypeOf(r.get('labels') as string[]),
      score: Math.round((r.get('score') as number) * 1000) / 1000,
      description: (r.get('description') as string | null) ?? undefined,
      aliases: (r.get('aliases') as string[] | null) ?? undefined,
    }));
  }
}
