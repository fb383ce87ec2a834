/** Reads and checks the curated seed dataset (seed/data/*.yaml). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { isNodeLabel, isTieType, TIE_TYPES, type NodeRecord, type TieRecord } from '../graph-service/src/model/model.ts';

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

const RESERVED = new Set(['id', 'label', 'type', 'from', 'to']);
const CONTACT_PATTERN = /[\w.+-]+@[\w-]+\.[\w.]+|\b0\d{3,4}[\s-]?\d{3}[\s-]?\d{3,4}\b/;

interface SeedFile {
  document: string;
  date?: string;
  nodes?: Record<string, unknown>[];
  ties?: Record<string, unknown>[];
}

function scalarProperties(raw: Record<string, unknown>, where: string, problems: string[]): Record<string, string | number | boolean | string[]> {
  const properties: Record<string, string | number | boolean | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (RESERVED.has(key) || value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') properties[key] = value;
    else if (value instanceof Date) properties[key] = value.toISOString().slice(0, 10);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) properties[key] = value as string[];
    else problems.push(`${where}: property "${key}" must be text, a number, true/false or a list of text`);
    const text = JSON.stringify(value);
    if (CONTACT_PATTERN.test(text)) problems.push(`${where}: property "${key}" looks like an e-mail address or phone number; the seed keeps people by name and role only`);
  }
  return properties;
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
      if (typeof raw.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(raw.id)) problems.push(`${where}: id must be kebab-case text`);
      if (!isNodeLabel(raw.label)) problems.push(`${where}: unknown label "${String(raw.label)}"`);
      if (typeof raw.name !== 'string' || raw.name.trim() === '') problems.push(`${where}: name is required`);
      if (typeof raw.source !== 'string') problems.push(`${where}: source is required`);
      const properties = scalarProperties(raw, where, problems);
      nodes.push({ lastConfirmed: confirmed, ...properties, id: raw.id as string, label: raw.label as NodeRecord['label'], name: raw.name as string, source: raw.source as string });
    }
    for (const [i, raw] of (doc.ties ?? []).entries()) {
      const where = `${file} tie #${i + 1} (${String(raw.type)} ${String(raw.from)} → ${String(raw.to)})`;
      if (!isTieType(raw.type)) problems.push(`${where}: unknown tie type`);
      if (typeof raw.source !== 'string') problems.push(`${where}: source is required`);
      const properties = scalarProperties(raw, where, problems);
      const id = typeof raw.id === 'string' ? raw.id : `${String(raw.type)}:${String(raw.from)}->${String(raw.to)}`;
      ties.push({ lastConfirmed: confirmed, ...properties, id, type: raw.type as TieRecord['type'], from: String(raw.from), to: String(raw.to), source: raw.source as string });
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
    const rule = isTieType(tie.type) ? TIE_TYPES[tie.type] : undefined;
    if (rule && from && !(rule.from as readonly string[]).includes(from.label)) problems.push(`tie ${tie.id}: ${tie.type} cannot start at a ${from.label}`);
    if (rule && to && !(rule.to as readonly string[]).includes(to.label)) problems.push(`tie ${tie.id}: ${tie.type} cannot end at a ${to.label}`);
  }
  if (problems.length > 0) throw new SeedError(problems);
  return { nodes, ties };
}
