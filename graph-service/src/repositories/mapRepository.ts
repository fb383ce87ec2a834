/** Cypher for maps' own records (the `:Map` nodes): finding one; the map service builds on it. */
import type { Driver } from 'neo4j-driver';
import { plainProperties } from '../db/values.ts';
import type { MapRecord } from '../model/maps.ts';
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
