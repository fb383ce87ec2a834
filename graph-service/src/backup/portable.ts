/**
 * The portable backup: every map with everything in it (records, nodes, ties, provenance,
 * versions, dates, layouts) and what accounts, history and the directory keep, written from any
 * Neo4j through bolt while the service runs, and restored exactly, in one transaction.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { Database } from '../db/connection.ts';
import { NODE_LABELS, TIE_TYPE_NAMES } from '../model/model.ts';
import { BackupRepository, type RestoreNode, type RestoreTie } from '../repositories/backupRepository.ts';
import { applySchema } from '../repositories/schemaRepository.ts';
import { ATLAS_LABELS, BACKUP_LABELS } from '../repositories/storeLabels.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFormatError, decodeProperties, encodeProperties, type BackupHeader, type EndLine, type NodeLine, type TieLine } from './format.ts';

export interface BackupCounts {
  nodes: number;
  ties: number;
}

/** Writes the backup to `file` (owner-only), through gzip, waiting on the stream so memory stays flat. */
export async function writePortableBackup(db: Database, file: string, now = new Date()): Promise<BackupCounts> {
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const done = once(out, 'close');
  const line = async (value: object) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const index = new Map<string, number>();
  let ties = 0;
  try {
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString() };
    await line(header);
    await new BackupRepository(db.driver, db.database).readAll(
      async (node) => {
        const n = index.size;
        index.set(node.key, n);
        await line({ n, labels: [...node.labels].sort(), props: encodeProperties(node.props, `node ${String(node.props.id ?? n)} (${node.labels.join(':')})`) } satisfies NodeLine);
      },
      async (tie) => {
        const from = index.get(tie.from);
        const to = index.get(tie.to);
        // A tie to a node written after the node pass began: its end is not in this backup.
        if (from === undefined || to === undefined) return;
        ties++;
        await line({ t: tie.type, from, to, props: encodeProperties(tie.props, `tie ${String(tie.props.id ?? '')} (${tie.type})`) } satisfies TieLine);
      },
    );
    await line({ end: true, nodes: index.size, ties } satisfies EndLine);
  } catch (error) {
    gzip.destroy();
    out.destroy();
    throw error;
  }
  gzip.end();
  await done;
  return { nodes: index.size, ties };
}

const KNOWN_LABELS = new Set<string>([...NODE_LABELS, ...ATLAS_LABELS]);
const ATLAS = new Set<string>(BACKUP_LABELS);
const KNOWN_TYPES = new Set<string>(TIE_TYPE_NAMES);

/** Reads and checks a backup file; any problem is a BackupFormatError naming the line. */
export async function readPortableBackup(file: string): Promise<{ header: BackupHeader; nodes: RestoreNode[]; ties: RestoreTie[] }> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  const nodes: RestoreNode[] = [];
  const ties: RestoreTie[] = [];
  let header: BackupHeader | undefined;
  let end: EndLine | undefined;
  let number = 0;
  try {
    for await (const text of lines) {
      number++;
      const where = `line ${number}`;
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(text);
      } catch {
        throw new BackupFormatError(`${where} is not JSON: the file is damaged.`);
      }
      if (end) throw new BackupFormatError(`${where} comes after the end line: the file is damaged.`);
      if (!header) {
        if (value.format !== BACKUP_FORMAT) throw new BackupFormatError('this is not an Alliance Atlas backup (its first line does not say so).');
        if (value.version !== BACKUP_VERSION) throw new BackupFormatError(`this backup is of format version ${String(value.version)}; this Atlas reads version ${BACKUP_VERSION}.`);
        header = value as unknown as BackupHeader;
      } else if ('n' in value) {
        const labels = value.labels;
        if (value.n !== nodes.length) throw new BackupFormatError(`${where}: nodes must be numbered in order (expected ${nodes.length}).`);
        if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string' && KNOWN_LABELS.has(l)) || !labels.some((l) => ATLAS.has(l))) {
          throw new BackupFormatError(`${where}: labels ${JSON.stringify(labels)} are not Atlas's.`);
        }
        nodes.push({ labels, props: decodeProperties(value.props, where) });
      } else if ('t' in value) {
        const { t, from, to } = value;
        if (typeof t !== 'string' || !KNOWN_TYPES.has(t)) throw new BackupFormatError(`${where}: ${JSON.stringify(t)} is not a tie type of the model.`);
        if (!Number.isInteger(from) || !Number.isInteger(to) || (from as number) < 0 || (to as number) < 0 || (from as number) >= nodes.length || (to as number) >= nodes.length) {
          throw new BackupFormatError(`${where}: the tie's ends must be nodes listed before it.`);
        }
        ties.push({ type: t, from: from as number, to: to as number, props: decodeProperties(value.props, where) });
      } else if (value.end === true) {
        end = value as unknown as EndLine;
        if (end.nodes !== nodes.length || end.ties !== ties.length) throw new BackupFormatError(`the end line counts ${end.nodes} nodes and ${end.ties} ties, the file holds ${nodes.length} and ${ties.length}.`);
      } else {
        throw new BackupFormatError(`${where} is neither a node, a tie nor the end.`);
      }
    }
  } catch (error) {
    if (error instanceof BackupFormatError) throw error;
    throw new BackupFormatError(`the file cannot be read as a gzip'd backup (${(error as Error).message}).`);
  }
  if (!header) throw new BackupFormatError('the file is empty.');
  if (!end) throw new BackupFormatError('the file ends before its end line: it was cut off, and nothing was restored.');
  return { header, nodes, ties };
}

export type PortableBackup = Awaited<ReturnType<typeof readPortableBackup>>;

/** Replaces every Atlas record with those of a backup read (and so checked) before, in one transaction. */
export async function restorePortableBackup(db: Database, backup: PortableBackup): Promise<BackupCounts & { replaced: number; createdAt: string }> {
  await applySchema(db.driver, db.database);
  const { deleted } = await new BackupRepository(db.driver, db.database).replaceAll(backup.nodes, backup.ties);
  return { nodes: backup.nodes.length, ties: backup.ties.length, replaced: deleted, createdAt: backup.header.createdAt };
}
