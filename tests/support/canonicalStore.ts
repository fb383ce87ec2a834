/**
 * The whole store as canonical text, for comparing it before and after a backup and restore:
 * every node with its labels and every property with its Neo4j type (an integer 1 and a float 1.0
 * differ), and every tie with its type, properties and its two ends' text. Written apart from the
 * backup's own code, so the round-trip test checks the backup rather than itself.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../../graph-service/src/db/connection.ts';

function typed(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${String(value)}`;
  if (typeof value === 'number') return `float:${Object.is(value, -0) ? '-0' : String(value)}`;
  if (Array.isArray(value)) return value.map(typed);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return `other:${String(value)}`;
}

function text(labels: string[], props: Record<string, unknown>): string {
  return JSON.stringify([[...labels].sort(), Object.keys(props).sort().map((k) => [k, typed(props[k])])]);
}

/** Sorted lines: nodes, then ties, of every node but `except` labels (sessions end at a restore). */
export async function canonicalStore(db: Database, except: string[] = ['Session']): Promise<string[]> {
  const { records: nodes } = await db.driver.executeQuery(
    'MATCH (n) WHERE none(l IN labels(n) WHERE l IN $except) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props',
    { except }, { database: db.database });
  const byKey = new Map(nodes.map((r) => [r.get('key') as string, text(r.get('labels'), r.get('props'))]));
  const { records: ties } = await db.driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props', {}, { database: db.database });
  const tieLines = ties.filter((r) => byKey.has(r.get('a')) && byKey.has(r.get('b')))
    .map((r) => JSON.stringify([r.get('type'), text([], r.get('props')), byKey.get(r.get('a')), byKey.get(r.get('b'))]));
  return [...[...byKey.values()].map((line) => `node ${line}`).sort(), ...tieLines.map((line) => `tie ${line}`).sort()];
}
