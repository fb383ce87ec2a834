/** Calls to the import and export routes; errors come back as messages to show inline. */
import { formatFromName } from '../../../graph-service/src/contract/lists';
import { mapPath, writeHeaders } from '../core/api/request';
import type { ErrorAnswer, ErrorCode } from '../core/api/types';
import type { ChosenFile, ColumnMapping, CommitResult, Format, ImportFilesBody, ImportPlan } from './types';

export class InterchangeRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** On a refused commit (`import_rejected`): the plan with the rejected rows. */
    readonly plan: ImportPlan | null = null,
    readonly code: ErrorCode | null = null,
  ) {
    super(message);
    this.name = 'InterchangeRequestError';
  }
}

/** The format a file's name says, by the service's own rule. */
export function formatOf(name: string): Format | null {
  return formatFromName(name);
}

/** A CSV whose name speaks of connections, edges, links or ties holds connections. */
export function tableOf(name: string): 'elements' | 'connections' | null {
  if (formatOf(name) !== 'csv') return null;
  if (/connection|edge|link|tie|relation/i.test(name)) return 'connections';
  if (/element|node|organi[sz]ation|people|entit/i.test(name)) return 'elements';
  return null;
}

async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Into a map that exists, or into a new one made in the same transaction as its data. */
export type ImportTarget = { map: string } | { newMap: { title: string } };

export interface ImportRequest {
  target: ImportTarget;
  files: ChosenFile[];
  mapping?: ColumnMapping;
  /** One of the model's node labels (the dialog offers only those); empty for none. */
  defaultNodeType?: string;
  /** One of the model's tie types; empty for none. */
  defaultTieType?: string;
  /** For a commit: the preview's plan fingerprint, so the commit writes what the preview showed or nothing (409). */
  fingerprint?: string;
  /** "skip": write the valid rows and answer the rejected ones as a CSV; absent or "refuse": all or nothing. */
  rejectedRows?: ImportFilesBody['rejectedRows'];
}

/** An error answer as the dialog shows it; the plan comes along only when the commit was refused for its rows. */
export function interchangeError(status: number, answer: (Partial<ErrorAnswer> & { plan?: ImportPlan }) | null): InterchangeRequestError {
  const code = answer?.error ?? null;
  const message = code === 'editor_key_needed' || status === 401 ? 'Importing needs the editor key.' : answer?.message ?? `The service answered ${status}.`;
  return new InterchangeRequestError(message, status, code === 'import_rejected' ? answer?.plan ?? null : null, code);
}

/** `/api/maps/<map>/import/files/<step>`, or for a new map `/api/import/files/<step>` (the commit names its title). */
export function importUrl(target: ImportTarget, step: 'preview' | 'commit'): string {
  if ('map' in target) return mapPath(target.map, `import/files/${step}`);
  const query = step === 'commit' ? `?${new URLSearchParams({ title: target.newMap.title })}` : '';
  return `/api/import/files/${step}${query}`;
}

async function send<T>(step: 'preview' | 'commit', request: ImportRequest): Promise<T> {
  const files = await Promise.all(request.files.map(async (f) => ({
    name: f.file.name, data: await base64(f.file), ...(f.format ? { format: f.format } : {}), ...(f.table ? { table: f.table } : {}),
  })));
  const body: ImportFilesBody = {
    files,
    ...(request.mapping && Object.keys(request.mapping).length > 0 ? { mapping: request.mapping } : {}),
    ...(request.defaultNodeType ? { defaultNodeType: request.defaultNodeType as ImportFilesBody['defaultNodeType'] } : {}),
    ...(request.defaultTieType ? { defaultTieType: request.defaultTieType as ImportFilesBody['defaultTieType'] } : {}),
    ...(step === 'commit' && request.fingerprint ? { fingerprint: request.fingerprint } : {}),
    ...(request.rejectedRows === 'skip' ? { rejectedRows: request.rejectedRows } : {}),
  };
  let response: Response;
  try {
    response = await fetch(importUrl(request.target, step), { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', accept: 'application/json', ...writeHeaders() }, body: JSON.stringify(body) });
  } catch {
    throw new InterchangeRequestError('Cannot reach the Atlas service. Is `npm start` running?', 0);
  }
  const answer = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) throw interchangeError(response.status, answer as (Partial<ErrorAnswer> & { plan?: ImportPlan }) | null);
  return answer as T;
}

export const previewImport = (request: ImportRequest) => send<ImportPlan>('preview', request);
export const commitImport = (request: ImportRequest) => send<CommitResult>('commit', request);
