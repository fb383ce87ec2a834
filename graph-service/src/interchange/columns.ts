/**
 * The column-mapping step: which header means which field of the two-table convention.
 * Headers are matched forgivingly ("Organisation name", "Label", "Element type"); an explicit
 * mapping from the user wins over the guess; any other column becomes a property of its own.
 */
import { DERIVED_PROPERTIES, PROVENANCE_FIELDS } from '../model/rules/reserved.ts';
import { isContactHeader } from '../model/rules/personalData.ts';
import type { ColumnMapping, ColumnUse, RawTable, TableKind } from './types.ts';

export const ELEMENT_FIELDS = ['id', 'name', 'type', 'description', 'aliases', 'tags', 'themes', 'area', ...PROVENANCE_FIELDS] as const;
export const CONNECTION_FIELDS = ['id', 'from', 'to', 'type', 'direction', ...PROVENANCE_FIELDS] as const;
export type ElementField = (typeof ELEMENT_FIELDS)[number];
export type ConnectionField = (typeof CONNECTION_FIELDS)[number];

/** Header spellings per field, best first; compared after `headerKey`. */
const ELEMENT_ALIASES: Record<ElementField, string[]> = {
  id: ['id', 'key', 'identifier', 'elementid', 'nodeid', 'uid', 'ref'],
  name: ['name', 'label', 'title', 'organisationname', 'organizationname', 'orgname', 'fullname', 'element'],
  type: ['type', 'elementtype', 'nodetype', 'category', 'entitytype'],
  description: ['description', 'desc', 'about', 'summary'],
  aliases: ['aliases', 'alias', 'aka', 'alsoknownas', 'othernames'],
  tags: ['tags', 'tag', 'keywords'],
  themes: ['themes', 'theme', 'focusareas', 'issues'],
  area: ['area', 'location', 'borough', 'place', 'neighbourhood', 'neighborhood'],
  source: ['source', 'sources', 'reference', 'provenance'],
  since: ['since', 'startdate', 'started', 'from date', 'fromdate'],
  until: ['until', 'enddate', 'ended', 'todate'],
  lastConfirmed: ['lastconfirmed', 'confirmed', 'lastchecked', 'checked'],
  dateBasis: ['datebasis', 'dateevidence', 'datenote', 'howdated', 'datesource', 'howknown'],
  confirmedBy: ['confirmedby', 'checkedby'],
};
const CONNECTION_ALIASES: Record<ConnectionField, string[]> = {
  id: ['id', 'key', 'connectionid', 'edgeid', 'tieid'],
  from: ['from', 'fromid', 'start', 'sourceid', 'origin'],
  to: ['to', 'toid', 'end', 'target', 'targetid', 'destination'],
  type: ['type', 'connectiontype', 'tietype', 'relationship', 'relation', 'edgetype', 'label'],
  direction: ['direction', 'directed', 'edgedirection'],
  source: ['source', 'sources', 'reference', 'provenance'],
  since: ['since', 'startdate', 'started', 'fromdate'],
  until: ['until', 'enddate', 'ended', 'todate'],
  lastConfirmed: ['lastconfirmed', 'confirmed', 'lastchecked', 'checked'],
  dateBasis: ['datebasis', 'dateevidence', 'datenote', 'howdated', 'datesource', 'howknown'],
  confirmedBy: ['confirmedby', 'checkedby'],
};

/**
 * Columns that exports and graph tools derive (Atlas's bookkeeping, Gephi's sizes, our community
 * colouring); importing them as properties would only add noise.
 */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const DERIVED = new Set([...[...DERIVED_PROPERTIES].map(headerKey), 'size', 'community', 'modularityclass', 'atlascluster']);

/** "Number of volunteers" → "numberOfVolunteers"; an already camelCased name stays as it is. */
export function propertyName(header: string): string {
  const words = header.replace(/\[\]$/, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0) return '';
  const [first, ...rest] = words;
  const name = first[0].toLowerCase() + first.slice(1) + rest.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return /^[0-9]/.test(name) ? `p${name}` : name;
}

export interface ColumnPlan {
  /** Per column index: a field of the convention, a property, or nothing. */
  uses: ({ field: string } | { property: string; list: boolean } | null)[];
  report: ColumnUse[];
  problems: string[];
}

export function planColumns(table: RawTable, mapping: ColumnMapping = {}): ColumnPlan {
  const kind: TableKind = table.kind;
  const aliases: Record<string, string[]> = kind === 'elements' ? ELEMENT_ALIASES : CONNECTION_ALIASES;
  const fields = Object.keys(aliases);
  const explicit = new Map(Object.entries(mapping[kind] ?? {}).map(([header, target]) => [headerKey(header), target]));
  const keys = table.headers.map(headerKey);
  const uses: ColumnPlan['uses'] = table.headers.map(() => null);
  const report: ColumnUse[] = [];
  const problems: string[] = [];
  const taken = new Map<string, string>();
  const claim = (index: number, field: string): boolean => {
    if (taken.has(field)) return false;
    taken.set(field, table.headers[index]);
    uses[index] = { field };
    return true;
  };

  // 1. The user's explicit mapping.
  for (const [index, key] of keys.entries()) {
    if (!explicit.has(key)) continue;
    const target = explicit.get(key);
    if (target === null || target === undefined || target === '' || target === 'ignore') continue;
    const field = fields.find((f) => headerKey(f) === headerKey(target));
    if (field) {
      if (!claim(index, field)) problems.push(`${table.origin}: columns "${taken.get(field)}" and "${table.headers[index]}" are both mapped to ${field}; map one of them elsewhere.`);
    } else {
      const name = propertyName(target);
      if (name) uses[index] = { property: name, list: /\[\]$/.test(target) };
    }
  }
  // Gephi's edge tables call the two ends Source and Target: then "source" means "from".
  const gephiEdges = kind === 'connections' && !keys.some((k) => CONNECTION_ALIASES.from.includes(k)) && keys.includes('target') && keys.includes('source');
  // Gephi's edge table has a Type column of Directed/Undirected: that is the tie's direction, not its type.
  const directionIndex = kind === 'connections' && !taken.has('direction') ? keys.findIndex((k, i) => k === 'type' && uses[i] === null && !explicit.has(k) && isDirectionColumn(table, i)) : -1;
  if (directionIndex >= 0) claim(directionIndex, 'direction');
  // 2. Header aliases, best spelling first, for fields not mapped explicitly.
  for (const field of fields) {
    if (taken.has(field)) continue;
    const spellings = gephiEdges && field === 'from' ? ['source'] : gephiEdges && field === 'source' ? ['provenance', 'reference'] : aliases[field];
    for (const spelling of spellings) {
      const index = keys.findIndex((k, i) => k === headerKey(spelling) && uses[i] === null && !explicit.has(k));
      if (index >= 0 && claim(index, field)) break;
    }
  }
  // 3. Everything else is a property, unless it is derived, empty or contact details.
  for (const [index, header] of table.headers.entries()) {
    const key = keys[index];
    const chosen = uses[index];
    let note: string | undefined;
    if (chosen === null && !(explicit.has(key) && [null, '', 'ignore'].includes(explicit.get(key) ?? ''))) {
      if (isContactHeader(header)) {
        problems.push(`${table.origin}: column "${header}" holds contact details; Atlas keeps people by name and role only. Remove the column, or map it to be ignored.`);
        note = 'contact details are not imported';
      } else if (key === '') {
        note = 'no header';
      } else if (DERIVED.has(key)) {
        note = 'derived by Atlas or the exporting tool';
      } else if (Object.keys(aliases).some((f) => aliases[f].includes(key))) {
        note = `another column is already used as ${fields.find((f) => aliases[f].includes(key))}`;
      } else {
        const name = propertyName(header);
        if (name) uses[index] = { property: name, list: /\[\]$/.test(header.trim()) };
      }
    }
    const use = uses[index];
    report.push({
      kind, origin: table.origin, header,
      use: use === null ? 'ignored' : 'field' in use ? use.field : `property:${use.property}${use.list ? '[]' : ''}`,
      ...(note ? { note } : {}),
    });
  }
  if (gephiEdges) for (const r of report.filter((r) => r.use === 'from')) r.note = 'Gephi convention: Source/Target are the two ends';
  if (directionIndex >= 0) report[directionIndex].note = 'Gephi convention: Type says Directed or Undirected';
  // Without a name column, each element is named by its id (networkx and igraph files often have no labels).
  if (kind === 'elements' && !taken.has('name') && taken.has('id')) {
    const idReport = report.find((r) => r.use === 'id');
    if (idReport) idReport.note = 'also the name: the file has no name column';
  }
  const required = kind === 'elements' ? (taken.has('id') ? [] : ['name']) : ['from', 'to'];
  for (const field of required) {
    if (!taken.has(field)) {
      const expected = aliases[field].slice(0, 3).join('", "');
      problems.push(`${table.origin}: no column for ${field}; name a column "${expected}" or map one to ${field}.`);
    }
  }
  return { uses, report, problems };
}

/** The words a direction cell may hold: Gephi's Directed, Undirected and Mutual, or a `directed` attribute's true and false. */
export const DIRECTION_WORDS = { directed: true, undirected: false, mutual: false, true: true, false: false } as const;

function isDirectionColumn(table: RawTable, index: number): boolean {
  const values = table.rows.map((r) => r.cells[index]).filter((c) => c !== null && c !== '');
  return values.length > 0 && values.every((v) => typeof v === 'string' && v.trim().toLowerCase() in DIRECTION_WORDS);
}

/** A table with from/to (or Gephi's source/target) columns is a table of connections. */
export function kindOfHeaders(headers: string[]): TableKind {
  const keys = headers.map(headerKey);
  const hasFrom = keys.some((k) => CONNECTION_ALIASES.from.includes(k)) || (keys.includes('source') && keys.includes('target'));
  const hasTo = keys.some((k) => CONNECTION_ALIASES.to.includes(k));
  return hasFrom && hasTo ? 'connections' : 'elements';
}
