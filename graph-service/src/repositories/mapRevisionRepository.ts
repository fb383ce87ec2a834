/**
 * A map's revision: a short string that changes whenever anything in the map may have changed, so
 * what was read of the map before can be served again while it is the same. Every write of map data
 * records at least one change in its own transaction (historyRepository.ts), so the number of
 * recorded changes only grows; the seed, which records no changes, stamps its ledger when it writes;
 * the map's own record (title, layout, look) is read whole. A restore brings back all three as they
 * were, so a revision seen before means the data seen before. All three are index lookups.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { toPlain } from '../db/values.ts';
import { CHANGE_LABEL, MAP_LABEL, SEED_LEDGER_LABEL } from './schemaRepository.ts';

export class MapRevisionRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /** The map's revision, or undefined when there is no such map. */
  async revision(map: string): Promise<string | undefined> {
    const { records } = await this.driver.executeQuery(
      `MATCH (m:${MAP_LABEL} {id: $map})
       OPTIONAL MATCH (l:${SEED_LEDGER_LABEL} {forMap: $map})
       // Every change has its time: saying so lets the (map, at) index answer the count.
       RETURN properties(m) AS record, l.updatedAt AS seeded,
              COUNT { MATCH (c:${CHANGE_LABEL}) WHERE c.map = $map AND c.at IS NOT NULL } AS changes`,
      { map },
      { database: this.database, routing: 'READ' },
    );
    const row = records[0];
    if (!row) return undefined;
    const record = toPlain(row.get('record')) as Record<string, unknown>;
    const sorted = Object.keys(record).sort().map((key) => [key, record[key]]);
    const text = JSON.stringify([sorted, toPlain(row.get('seeded')) ?? null, toPlain(row.get('changes'))]);
    return createHash('sha256').update(text).digest('base64url').slice(0, 22);
  }
}
