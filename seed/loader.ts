/**
 * Loads the seed's maps into Neo4j in one transaction, respecting what users did: the rules are
 * in plan.ts. Each record carries a hash of its content, so a record whose seed content is
 * unchanged is not touched and a second run sets no property at all. The policy of when the seed
 * may write at all (an empty database, an empty map, or on request) is `seedStore`.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { NodeRecord, TieRecord } from '../graph-service/src/model/model.ts';
import { SeedRepository, type SeedMapContent, type SeedMapRows, type SeedMapState, type SeedResult, type SeedWrites, type StoreSurvey } from '../graph-service/src/repositories/seedRepository.ts';
import type { DocumentMap, MapDefinition } from '../graph-service/src/model/maps.ts';
import type { SeedDataset, SeedMap } from './dataset.ts';
import { planSeedMap, type SeedMapReport } from './plan.ts';

export type { SeedResult, SeedMapReport };

function contentHash(record: object): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 16);
}

/** A node's properties in one map; the hash is of the record alone, so its copies in other maps share it. */
function nodeProperties(node: NodeRecord, map: string): Record<string, unknown> {
  const { label: _label, ...rest } = node;
  const properties: Record<string, unknown> = { ...rest, map };
  if (node.aliases?.length) properties.aliasText = node.aliases.join(' | ');
  properties.seedHash = contentHash(node);
  return properties;
}

function tieProperties(tie: TieRecord, map: string): Record<string, unknown> {
  const { type: _type, from: _from, to: _to, ...rest } = tie;
  return { ...rest, map, seedHash: contentHash(tie) };
}

/** The maps as the repository writes them: each map's record, nodes and ties (each with `map` and `seedHash`). */
export function seedRows(maps: SeedMap[]): SeedMapContent[] {
  return maps.map((map) => {
    const record = { id: map.id, title: map.title, description: map.description ?? null, owner: map.owner ?? null };
    const withHash: SeedMapRows = { ...record, seedHash: contentHash(record) };
    return {
      record: withHash,
      nodes: map.nodes.map((node) => ({ label: node.label, props: nodeProperties(node, map.id) })),
      ties: map.ties.map((tie) => ({ type: tie.type, from: tie.from, to: tie.to, props: tieProperties(tie, map.id) })),
    };
  });
}

/** What a seed run did: the counts, and per map what it left alone and why. */
export interface SeedOutcome extends SeedResult {
  reports: SeedMapReport[];
  /** Maps the run did not touch at all, with the reason in words. */
  skipped: { map: string; reason: string }[];
}

/** Writes the given maps by the rules of plan.ts; `fresh` lists maps to seed as if never seeded. */
async function apply(driver: Driver, database: string, maps: SeedMap[], choose: (content: SeedMapContent, state: SeedMapState) => { fresh: boolean } | string): Promise<SeedOutcome> {
  const reports: SeedMapReport[] = [];
  const skipped: SeedOutcome['skipped'] = [];
  const result = await new SeedRepository(driver, database).seed(seedRows(maps), (content, state): SeedWrites | null => {
    const choice = choose(content, state);
    if (typeof choice === 'string') {
      skipped.push({ map: content.record.id, reason: choice });
      return null;
    }
    const { writes, report } = planSeedMap(content, state, choice.fresh);
    reports.push(report);
    return writes;
  });
  return { ...result, reports, skipped };
}

/** Loads the maps by the seed's rules, whatever the store holds (tests and benches load their data this way). */
export async function loadSeed(driver: Driver, database: string, seed: { maps: SeedMap[] }): Promise<SeedOutcome> {
  return apply(driver, database, seed.maps, () => ({ fresh: false }));
}

/** One network's records loaded as one map (benches load generated networks, in slices, this way). */
export async function loadIntoMap(driver: Driver, database: string, map: MapDefinition, records: SeedDataset): Promise<SeedOutcome> {
  const documentMap: DocumentMap = { ...map, documents: [] };
  return loadSeed(driver, database, { maps: [{ ...documentMap, ...records }] });
}

export function surveyStore(driver: Driver, database: string): Promise<StoreSurvey> {
  return new SeedRepository(driver, database).survey();
}

/** Empty means no node at all: a database with only an empty map, or anyone else's data, is not for seeding. */
export async function isEmpty(driver: Driver, database: string): Promise<boolean> {
  const survey = await surveyStore(driver, database);
  return survey.atlasNodes === 0 && survey.foreignNodes === 0;
}

/** The sentence that refuses a database holding someone else's data (its labels sorted: Neo4j lists them in store order). */
export function foreignData(survey: StoreSurvey): string {
  return `This database holds ${survey.foreignNodes} node(s) that are not Alliance Atlas's (labels ${[...survey.foreignLabels].sort().join(', ') || 'none'}): nothing was seeded, so its data is left as it is.`;
}

export interface SeedRequest {
  /** Seed even beside others' data, and update maps that hold data (users' changes and deletions still kept). */
  force?: boolean;
  /** Only these seed maps; a deleted map named here is seeded anew with --force. */
  maps?: string[];
}

/**
 * `npm run seed`: a seed map that was never seeded and is absent or empty is seeded; one that
 * holds data is left alone unless forced (and then only what the seed owns changes); one a user
 * deleted stays deleted unless named with --map and forced. A database with others' data gets nothing unless forced.
 */
export async function seedStore(driver: Driver, database: string, seed: { maps: SeedMap[] }, request: SeedRequest = {}): Promise<SeedOutcome | { refused: string }> {
  const survey = await surveyStore(driver, database);
  if (survey.foreignNodes > 0 && !request.force) return { refused: `${foreignData(survey)} Run npm run seed -- --force to write the demo maps beside it.` };
  const maps = request.maps ? seed.maps.filter((m) => request.maps?.includes(m.id)) : seed.maps;
  return apply(driver, database, maps, (content, state) => {
    const id = content.record.id;
    const named = request.maps?.includes(id) ?? false;
    if (!state.record && state.ledger) {
      if (request.force && named) return { fresh: true };
      return `the map was deleted, so it stays deleted (npm run seed -- --map ${id} --force seeds it again)`;
    }
    if (state.nodeCount === 0 && !state.ledger) return { fresh: false };
    if (request.force) return { fresh: false };
    return 'the map holds data, so the seed leaves it alone (npm run seed -- --force brings in what the seed adds or changes, keeping what users changed or deleted)';
  });
}

/**
 * For start-up: seeds a database with no map, no map data and nothing of anyone else's, and says so
 * (accounts made before the first start do not count); any other database is left alone.
 */
export async function seedIfEmpty(driver: Driver, database: string, seed: { maps: SeedMap[] }, log: (line: string) => void): Promise<void> {
  const survey = await surveyStore(driver, database);
  if (survey.foreignNodes > 0) {
    log(`${foreignData(survey)} (npm run seed -- --force writes the demo maps beside it.)`);
    return;
  }
  if (survey.mapNodes > 0) return;
  const result = await loadSeed(driver, database, seed);
  log(`Seeded an empty database: ${result.mapsWritten} maps, ${result.nodesWritten} nodes, ${result.tiesWritten} ties.`);
}
