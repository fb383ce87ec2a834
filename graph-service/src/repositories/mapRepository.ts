/**
 * Cypher for maps' own records (the `:Map` nodes): find, list, create, change, the saved layout,
 * and a fingerprint of each map's data for caching its figures. A change locks the map's node
 * (a marker property removed before commit) and then compares versions, as node writes do.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { writeTransaction } from '../db/transactions.ts';
import { plainProperties } from '../db/values.ts';
import { ConflictError, NoMapError } from '../errors.ts';
import { DEFAULT_FRESHNESS_MONTHS } from '../model/freshness.ts';
import { mapIdFor, type MapAppearance, type MapDefinition, type MapPositions, type MapRecord } from '../model/maps.ts';
import { ENTITY_LABEL, MAP_LABEL } from './schemaRepository.ts';

function parsed<T>(text: unknown): T | undefined {
  return typeof text === 'string' ? (JSON.parse(text) as T) : undefined;
}

/** A stored map as the API answers it: its own fields only (never the layout or the lock), the appearance parsed. */
export function toMapRecord(properties: Record<string, unknown>): MapRecord {
  const p = plainProperties(properties) as Record<string, unknown>;
  const optional = <K extends 'description' | 'owner' | 'copiedFrom'>(key: K) => (typeof p[key] === 'string' ? { [key]: p[key] as string } : {});
  const appearance = parsed<MapAppearance>(p.appearance);
  return {
    id: p.id as string,
    title: p.title as string,
    ...optional('description'),
    ...optional('owner'),
    archived: p.archived === true,
    // Maps from before accounts, and the seed's, were public: published unless it was said otherwise.
    published: p.published !== false,
    ...optional('copiedFrom'),
    ...(appearance ? { appearance } : {}),
    freshnessMonths: typeof p.freshnessMonths === 'number' ? p.freshnessMonths : DEFAULT_FRESHNESS_MONTHS,
    createdAt: p.createdAt as string,
    updatedAt: p.updatedAt as string,
    version: (p.version as number) ?? 0,
  };
}

/** What a new map's node is written with (appearance as JSON text). */
export interface NewMap extends MapDefinition {
  appearance?: MapAppearance;
  copiedFrom?: string;
  published?: boolean;
}

/** Changes to a map's node: null removes a field; the appearance is stored as JSON text. */
export type MapChangeSet = Partial<Record<'title' | 'description' | 'owner' | 'appearance', string | null>> & { archived?: boolean; published?: boolean; freshnessMonths?: number };

export function newMapProperties(map: NewMap, now: string): Record<string, unknown> {
  return {
    id: map.id, title: map.title, description: map.description ?? null, owner: map.owner ?? null, copiedFrom: map.copiedFrom ?? null,
    appearance: map.appearance ? JSON.stringify(map.appearance) : null, archived: false, published: map.published ?? true, createdAt: now, updatedAt: now, version: 1,
  };
}

/** Locks a map's node for this transaction and answers its record; an unknown id is 404 no_map. */
export async function lockMap(tx: ManagedTransaction, id: string): Promise<MapRecord> {
  const { records } = await tx.run(`MATCH (m:${MAP_LABEL} {id: $id}) SET m.__lock = true RETURN properties(m) AS props`, { id });
  if (records.length === 0) throw new NoMapError(id);
  return toMapRecord(records[0].get('props'));
}

export function checkMapVersion(current: MapRecord, expected: number): void {
  if (current.version !== expected) {
    throw new ConflictError(
      `The map "${current.title}" was changed by someone else since you read it (your version ${expected}, now ${current.version}). Reload it, then make your change again.`,
      current,
    );
  }
}

/** What the figures of a map depend on: a change to its data changes at least one of these. */
export interface MapFingerprint {
  nodes: number;
  ties: number;
  changed: string;
}

export class MapRepository {
  constructor(protected readonly driver: Driver, protected readonly database: string) {}

  protected write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return writeTransaction(this.driver, this.database, work);
  }

  async find(id: string): Promise<MapRecord | undefined> {
    const { records } = await this.driver.executeQuery(
      `MATCH (m:${MAP_LABEL} {id: $id}) RETURN properties(m) AS props`,
      { id },
      { database: this.database, routing: 'READ' },
    );
    return records.length ? toMapRecord(records[0].get('props')) : undefined;
  }

  async list(includeArchived: boolean): Promise<MapRecord[]> {
    const { records } = await this.driver.executeQuery(
      `MATCH (m:${MAP_LABEL}) WHERE $includeArchived OR coalesce(m.archived, false) = false
       RETURN properties(m) AS props ORDER BY toLower(m.title), m.id`,
      { includeArchived },
      { database: this.database, routing: 'READ' },
    );
    return records.map((r) => toMapRecord(r.get('props')));
  }

  async create(map: MapToInsert, now = new Date().toISOString()): Promise<MapRecord> {
    return this.write((tx) => insertMap(tx, map, now));
  }

  /** Changes a map's record under its lock; `check` sees the record as it is first and may refuse. */
  async update(id: string, version: number, changes: MapChangeSet, check: (current: MapRecord) => void, now = new Date().toISOString()): Promise<MapRecord> {
    return this.write(async (tx) => {
      const current = await lockMap(tx, id);
      checkMapVersion(current, version);
      check(current);
      const { records } = await tx.run(
        `MATCH (m:${MAP_LABEL} {id: $id})
         SET m += $changes, m.updatedAt = $now, m.version = m.version + 1 REMOVE m.__lock
         RETURN properties(m) AS props`,
        { id, changes, now },
      );
      return toMapRecord(records[0].get('props'));
    });
  }

  async layout(id: string): Promise<{ positions: MapPositions; updatedAt?: string }> {
    const { records } = await this.driver.executeQuery(
      `MATCH (m:${MAP_LABEL} {id: $id}) RETURN m.layout AS layout, m.layoutUpdatedAt AS updatedAt`,
      { id },
      { database: this.database, routing: 'READ' },
    );
    if (records.length === 0) throw new NoMapError(id);
    const updatedAt = records[0].get('updatedAt') as string | null;
    return { positions: parsed<MapPositions>(records[0].get('layout')) ?? {}, ...(updatedAt ? { updatedAt } : {}) };
  }

  /** The layout is the app's view, not the map's record: saving it leaves the map's version alone. */
  async saveLayout(id: string, positions: MapPositions, now = new Date().toISOString()): Promise<{ positions: MapPositions; updatedAt: string }> {
    return this.write(async (tx) => {
      const { records } = await tx.run(
        `MATCH (m:${MAP_LABEL} {id: $id}) SET m.layout = $layout, m.layoutUpdatedAt = $now RETURN m.id AS id`,
        { id, layout: JSON.stringify(positions), now },
      );
      if (records.length === 0) throw new NoMapError(id);
      return { positions, updatedAt: now };
    });
  }

  /**
   * Per map id: how many nodes and ties it has and when one last changed. One query per map, run
   * side by side: a map of 10,000 organisations takes about 0.2 s, mostly reading its ties' times.
   */
  async fingerprints(ids: string[]): Promise<Map<string, MapFingerprint>> {
    const prints = await Promise.all(ids.map(async (map) => {
      const { records } = await this.driver.executeQuery(
        `MATCH (n:${ENTITY_LABEL} {map: $map})
         OPTIONAL MATCH (n)-[r]->()
         RETURN count(DISTINCT n) AS nodes, count(r) AS ties, coalesce(max(n.updatedAt), '') AS nodeChanged, coalesce(max(r.updatedAt), '') AS tieChanged`,
        { map },
        { database: this.database, routing: 'READ' },
      );
      const row = records[0];
      return [map, { nodes: row.get('nodes').toNumber(), ties: row.get('ties').toNumber(), changed: `${row.get('nodeChanged')}|${row.get('tieChanged')}` }] as const;
    }));
    return new Map(prints);
  }
}

/** A new map as asked for: with an id, which must be free, or without, to have one made from the title. */
export type MapToInsert = Omit<NewMap, 'id'> & { id?: string };

/**
 * Creates a map's record inside the caller's transaction (create, duplicate and an import into a
 * new map all come here), so the id is chosen and the map written in one transaction with its data.
 * A given id that is taken is 409; without one, the first free id made from the title is used.
 */
export async function insertMap(tx: ManagedTransaction, map: MapToInsert, now: string, extra: Record<string, unknown> = {}): Promise<MapRecord> {
  let id = map.id;
  if (id !== undefined) {
    const existing = await tx.run(`MATCH (m:${MAP_LABEL} {id: $id}) RETURN properties(m) AS props`, { id });
    if (existing.records.length) {
      const other = toMapRecord(existing.records[0].get('props'));
      throw new ConflictError(`The map id "${id}" is already used by "${other.title}". Choose another id, or leave it out to have one made from the title.`, other);
    }
  } else {
    const { records } = await tx.run(`MATCH (m:${MAP_LABEL}) RETURN collect(m.id) AS ids`);
    const taken = new Set<string>(records[0].get('ids'));
    id = mapIdFor(map.title, (candidate) => taken.has(candidate));
  }
  const created = await tx.run(`CREATE (m:${MAP_LABEL}) SET m = $props RETURN properties(m) AS props`, { props: { ...newMapProperties({ ...map, id }, now), ...extra } });
  return toMapRecord(created.records[0].get('props'));
}
