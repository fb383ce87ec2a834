/** Cypher for maps' own records (the `:Map` nodes): finding one; the map service builds on it. */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { plainProperties } from '../db/values.ts';
import { mapIdFor, type MapRecord } from '../model/maps.ts';
import { MAP_LABEL } from './schemaRepository.ts';

export function toMapRecord(properties: Record<string, unknown>): MapRecord {
  const plain = plainProperties(properties) as Record<string, unknown>;
  return { ...plain, archived: plain.archived === true, version: (plain.version as number) ?? 0 } as MapRecord;
}

export class MapRepository {
  constructor(protected readonly driver: Driver, protected readonly database: string) {}

  async find(id: string): Promise<MapRecord | undefined> {
    const { records } = await this.driver.executeQuery(
      `MATCH (m:${MAP_LABEL} {id: $id}) RETURN properties(m) AS props`,
      { id },
      { database: this.database, routing: 'READ' },
    );
    return records.length ? toMapRecord(records[0].get('props')) : undefined;
  }
}

/**
 * Creates a map's record inside the caller's transaction, its id made from its title, so an
 * import into a new map writes the map and its data together (or neither).
 */
export async function createMapInTransaction(
  tx: ManagedTransaction, fields: Pick<MapRecord, 'title' | 'description' | 'owner'>, now: string,
): Promise<MapRecord> {
  const { records } = await tx.run(`MATCH (m:${MAP_LABEL}) RETURN collect(m.id) AS ids`);
  const taken = new Set<string>(records[0].get('ids'));
  const record: MapRecord = {
    id: mapIdFor(fields.title, (id) => taken.has(id)), title: fields.title,
    ...(fields.description ? { description: fields.description } : {}), ...(fields.owner ? { owner: fields.owner } : {}),
    archived: false, createdAt: now, updatedAt: now, version: 1,
  };
  await tx.run(`CREATE (m:${MAP_LABEL}) SET m = $record`, { record });
  return record;
}
