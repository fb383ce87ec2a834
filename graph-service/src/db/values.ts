/** The one place Neo4j values become plain JSON: integers, temporals and nodes' properties. */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) {
    const int = value as ReturnType<typeof neo4j.int>;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    if ('toString' in value && (neo4j.isDateTime(value as never) || neo4j.isDate(value as never) || neo4j.isLocalDateTime(value as never))) {
      return String(value);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

export function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return toPlain(properties) as Record<string, unknown>;
}

/** JavaScript numbers reach Neo4j as floats; LIMIT, SKIP and counts need integers. */
export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}
