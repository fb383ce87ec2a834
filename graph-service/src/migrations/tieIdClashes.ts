/**
 * Finds ties that share an id within a map, left by imports from before tie ids began with their
 * type (one PATCH or DELETE by that id reached them all), and says so at start-up with what to do.
 * It changes nothing: which tie should keep the id is the map's editors' call. New writes cannot
 * make such a pair: every tie id now begins with its type (model/rules/ids.ts), and each type's
 * (map, id) uniqueness constraint refuses a second tie of that type with the same id.
 */
import type { Driver } from 'neo4j-driver';
import { int } from '../db/values.ts';

export interface TieIdClash {
  map: string;
  id: string;
  /** The clashing ties: type and ends. */
  ties: { type: string; from: string; to: string }[];
}

/** One read-only pass over the ties, grouped by map and id. */
const CLASHES = `
  MATCH (a)-[r]->(b) WHERE r.map IS NOT NULL AND r.id IS NOT NULL
  WITH r.map AS map, r.id AS id, collect({type: type(r), from: a.id, to: b.id}) AS ties
  WHERE size(ties) > 1
  RETURN map, id, ties ORDER BY map, id LIMIT $limit`;

export async function findTieIdClashes(driver: Driver, database: string, limit = 1000): Promise<TieIdClash[]> {
  const { records } = await driver.executeQuery(CLASHES, { limit: int(limit) }, { database });
  return records.map((r) => ({ map: r.get('map'), id: r.get('id'), ties: r.get('ties') }));
}

export async function reportTieIdClashes(driver: Driver, database: string, log: (line: string) => void): Promise<TieIdClash[]> {
  const clashes = await findTieIdClashes(driver, database);
  if (clashes.length === 0) return clashes;
  log(`migration: ${clashes.length} tie id(s) are used by more than one tie, so an edit or delete by that id reaches all of them. Delete and re-create all but one of each (the new ones get ids of their own):`);
  for (const clash of clashes.slice(0, 20)) {
    log(`  map "${clash.map}", id "${clash.id}": ${clash.ties.map((t) => `${t.type} ${t.from} -> ${t.to}`).join('; ')}`);
  }
  if (clashes.length > 20) log(`  ... and ${clashes.length - 20} more`);
  return clashes;
}
