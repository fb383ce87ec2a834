/** Reads and checks the curated seed dataset (seed/data/*.yaml). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { isNodeLabel, isTieType, type NodeRecord, type PropertyValue, type TieRecord } from '../graph-service/src/model/model.ts';
import type { FieldProblem } from '../graph-service/src/model/problems.ts';
import { NODE_FIELDS, SEED_ID, TIE_FIELDS, tieEndProblems, tieId, validateNode, validateTie, type NodeInput, type TieInput } from '../graph-service/src/model/rules/index.ts';

export const SEED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

export interface SeedDataset {
  nodes: NodeRecord[];
  ties: TieRecord[];
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

export function readSeed(dir = SEED_DIR): SeedDataset {
  const problems: string[] = [];
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  if (files.length === 0) throw new SeedError([`no .yaml files in ${dir}`]);
  for (const file of files) {
    const doc = parse(readFileSync(path.join(dir, file), 'utf8')) as SeedFile;
    const confirmed = doc.date ? String(doc.date) : undefined;
    for (const [i, raw] of (doc.nodes ?? []).entries()) {
      const where = `${file} node ${String(raw.id ?? `#${i + 1}`)}`;
      if (typeof raw.id !== 'string' || !SEED_ID.test(raw.id)) problems.push(`${where}: id must be kebab-case text`);
      if (!isNodeLabel(raw.label)) problems.push(`${where}: unknown label "${String(raw.label)}"`);
      const values = scalars(raw, ['id', 'label'], where, problems);
      report(where, validateNode(split(values, NODE_FIELDS) as NodeInput, 'create').problems, problems);
      nodes.push({ lastConfirmed: confirmed, ...values, id: raw.id as string, label: raw.label as NodeRecord['label'], name: raw.name as string, source: raw.source as string });
    }
    for (const [i, raw] of (doc.ties ?? []).entries()) {
      const where = `${file} tie #${i + 1} (${String(raw.type)} ${String(raw.from)} → ${String(raw.to)})`;
      if (!isTieType(raw.type)) problems.push(`${where}: unknown tie type`);
      const values = scalars(raw, ['id', 'type', 'from', 'to'], where, problems);
      if (isTieType(raw.type)) report(where, validateTie(raw.type, split(values, TIE_FIELDS) as TieInput, 'create').problems, problems);
      const id = typeof raw.id === 'string' ? raw.id : tieId(String(raw.type), String(raw.from), String(raw.to));
      ties.push({ lastConfirmed: confirmed, ...values, id, type: raw.type as TieRecord['type'], from: String(raw.from), to: String(raw.to), source: raw.source as string });
    }
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
  if (problems.length > 0) throw new SeedError(problems);
  return { nodes, ties };
}
