/**
 * Reads and checks the curated seed dataset: the documents' records (seed/data/*.yaml) and the
 * maps they make (seed/maps.yaml).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { firstDocument, MAP_ID, type DocumentMap } from '../graph-service/src/model/maps.ts';
import { isNodeLabel, isTieType, type NodeRecord, type PropertyValue, type TieRecord } from '../graph-service/src/model/model.ts';
import type { FieldProblem } from '../graph-service/src/model/problems.ts';
import { NODE_FIELDS, SEED_ID, TIE_FIELDS, tieEndProblems, tieId, validateNode, validateTie, type NodeInput, type TieInput } from '../graph-service/src/model/rules/index.ts';
import { timeProblems } from './timeChecks.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SEED_DIR = path.join(HERE, 'data');
export const SEED_MAPS_FILE = path.join(HERE, 'maps.yaml');

/** One network's records. */
export interface SeedDataset {
  nodes: NodeRecord[];
  ties: TieRecord[];
}

/** A seed map: its record and documents, the nodes its documents define or their ties name, and those ties. */
export interface SeedMap extends DocumentMap, SeedDataset {}

/** The curated seed: every record once, as its document defines it, and the maps they make. */
export interface Seed extends SeedDataset {
  maps: SeedMap[];
}

export class SeedError extends Error {
  constructor(problems: string[]) {
    super(`seed: ${problems.length} problem(s) in the dataset:\n  ${problems.join('\n  ')}`);
    this.name = 'SeedError';
  }
}

interface SeedFile {
  document: string;
  date?: string;
  nodes?: Record<string, unknown>[];
  ties?: Record<string, unknown>[];
}

/** YAML values as stored: dates as ISO text; anything but text, numbers, true/false and lists of text is a problem. */
function scalars(raw: Record<string, unknown>, skip: readonly string[], where: string, problems: string[]): Record<string, PropertyValue> {
  const values: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (skip.includes(key) || value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values[key] = value;
    else if (value instanceof Date) values[key] = value.toISOString().slice(0, 10);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) values[key] = value as string[];
    else problems.push(`${where}: property "${key}" must be text, a number, true/false or a list of text`);
  }
  return values;
}

/** The fields a write names on its own; the rest of a seed record is its properties. */
function split(values: Record<string, PropertyValue>, fields: readonly string[]): Record<string, unknown> & { properties: Record<string, PropertyValue> } {
  const own = Object.fromEntries(Object.entries(values).filter(([key]) => fields.includes(key)));
  return { ...own, properties: Object.fromEntries(Object.entries(values).filter(([key]) => !fields.includes(key))) };
}

/** The write rules' problems, worded for a seed file. */
function report(where: string, found: FieldProblem[], problems: string[]): void {
  for (const problem of found) problems.push(`${where}: ${problem.field.replace(/^\/(properties\/)?/, '')} ${problem.message}`);
}

/** The map definitions, checked: ids, titles, and every document in exactly one map. */
function readMaps(file: string, documents: string[], problems: string[]): DocumentMap[] {
  const raw = (parse(readFileSync(file, 'utf8')) as { maps?: Record<string, unknown>[] }).maps ?? [];
  const home = new Map<string, string>();
  const maps: DocumentMap[] = [];
  for (const [i, entry] of raw.entries()) {
    const id = String(entry.id ?? `#${i + 1}`);
    if (!MAP_ID.test(id)) problems.push(`maps.yaml map ${id}: id must be lower-case kebab-case`);
    if (maps.some((m) => m.id === id)) problems.push(`maps.yaml map ${id}: defined twice`);
    if (typeof entry.title !== 'string' || !entry.title.trim()) problems.push(`maps.yaml map ${id}: title is required`);
    const listed = Array.isArray(entry.documents) ? entry.documents.map(String) : [];
    if (listed.length === 0) problems.push(`maps.yaml map ${id}: documents must list at least one document`);
    for (const document of listed) {
      if (home.has(document)) problems.push(`maps.yaml: ${document} is in both ${home.get(document)} and ${id}`);
      else if (!documents.includes(document)) problems.push(`maps.yaml map ${id}: no seed file has document ${document}`);
      home.set(document, id);
    }
    const optional = (key: 'description' | 'owner') => (typeof entry[key] === 'string' ? { [key]: entry[key] } : {});
    maps.push({ id, title: String(entry.title), ...optional('description'), ...optional('owner'), documents: listed });
  }
  for (const document of documents) if (!home.has(document)) problems.push(`${document} is in no map of maps.yaml`);
  return maps;
}

/** A map's records: its documents' nodes and ties, and the nodes those ties name from other documents, as they are. */
function mapRecords(map: DocumentMap, byDocument: Map<string, SeedDataset>, byId: Map<string, NodeRecord>): SeedMap {
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const held = new Set<string>();
  const hold = (node: NodeRecord | undefined) => {
    if (!node || held.has(node.id)) return;
    held.add(node.id);
    nodes.push(node);
  };
  for (const document of map.documents) for (const node of byDocument.get(document)?.nodes ?? []) hold(node);
  for (const document of map.documents) {
    for (const tie of byDocument.get(document)?.ties ?? []) {
      ties.push(tie);
      hold(byId.get(tie.from));
      hold(byId.get(tie.to));
    }
  }
  return { ...map, nodes, ties };
}

export function readSeed(dir = SEED_DIR, mapsFile = SEED_MAPS_FILE): Seed {
  const problems: string[] = [];
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const byDocument = new Map<string, SeedDataset>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  if (files.length === 0) throw new SeedError([`no .yaml files in ${dir}`]);
  for (const file of files) {
    const doc = parse(readFileSync(path.join(dir, file), 'utf8')) as SeedFile;
    const confirmed = doc.date ? String(doc.date) : undefined;
    const own: SeedDataset = { nodes: [], ties: [] };
    if (byDocument.has(doc.document)) problems.push(`${file}: document ${doc.document} has another file too`);
    byDocument.set(doc.document, own);
    // The migration places a record by the document its source names first, so that must be its own file's.
    const fromHere = (where: string, source: unknown) => {
      if (firstDocument(source) !== doc.document) problems.push(`${where}: source must name ${doc.document} first`);
    };
    for (const [i, raw] of (doc.nodes ?? []).entries()) {
      const where = `${file} node ${String(raw.id ?? `#${i + 1}`)}`;
      if (typeof raw.id !== 'string' || !SEED_ID.test(raw.id)) problems.push(`${where}: id must be kebab-case text`);
      if (!isNodeLabel(raw.label)) problems.push(`${where}: unknown label "${String(raw.label)}"`);
      const values = scalars(raw, ['id', 'label'], where, problems);
      report(where, validateNode(split(values, NODE_FIELDS) as NodeInput, 'create').problems, problems);
      fromHere(where, raw.source);
      own.nodes.push({ lastConfirmed: confirmed, ...values, id: raw.id as string, label: raw.label as NodeRecord['label'], name: raw.name as string, source: raw.source as string });
    }
    for (const [i, raw] of (doc.ties ?? []).entries()) {
      const where = `${file} tie #${i + 1} (${String(raw.type)} ${String(raw.from)} → ${String(raw.to)})`;
      if (!isTieType(raw.type)) problems.push(`${where}: unknown tie type`);
      const values = scalars(raw, ['id', 'type', 'from', 'to'], where, problems);
      if (isTieType(raw.type)) report(where, validateTie(raw.type, split(values, TIE_FIELDS) as TieInput, 'create').problems, problems);
      fromHere(where, raw.source);
      const id = typeof raw.id === 'string' ? raw.id : tieId(String(raw.type), String(raw.from), String(raw.to));
      own.ties.push({ lastConfirmed: confirmed, ...values, id, type: raw.type as TieRecord['type'], from: String(raw.from), to: String(raw.to), source: raw.source as string });
    }
    nodes.push(...own.nodes);
    ties.push(...own.ties);
  }
  const byId = new Map<string, NodeRecord>();
  for (const node of nodes) {
    if (byId.has(node.id)) problems.push(`node ${node.id} is defined twice`);
    byId.set(node.id, node);
  }
  const tieIds = new Set<string>();
  for (const tie of ties) {
    if (tieIds.has(tie.id)) problems.push(`tie ${tie.id} appears twice: give one of them an explicit id`);
    tieIds.add(tie.id);
    const from = byId.get(tie.from);
    const to = byId.get(tie.to);
    if (!from) problems.push(`tie ${tie.id}: "from" ${tie.from} is not a defined node`);
    if (!to) problems.push(`tie ${tie.id}: "to" ${tie.to} is not a defined node`);
    if (from && to) report(`tie ${tie.id}`, tieEndProblems({ type: tie.type, from: { id: from.id, label: from.label }, to: { id: to.id, label: to.label } }), problems);
  }
  const maps = readMaps(mapsFile, [...byDocument.keys()], problems).map((map) => mapRecords(map, byDocument, byId));
  for (const map of maps) problems.push(...timeProblems(map));
  if (problems.length > 0) throw new SeedError(problems);
  return { nodes, ties, maps };
}

/** One seed map by id; an unknown id is a mistake in the caller, so it throws. */
export function seedMap(seed: Seed, id: string): SeedMap {
  const found = seed.maps.find((map) => map.id === id);
  if (!found) throw new Error(`seed: no map ${id}; the seed's maps are ${seed.maps.map((m) => m.id).join(', ')}`);
  return found;
}
