/**
 * GEXF, Gephi's format. Reading accepts what Gephi and networkx write (GEXF 1.1–1.3, declared
 * attributes, viz:position and viz:color, which become the x, y and color properties, and a dynamic
 * graph's lifetimes, which become since and until: gexfTimeRead.ts). Writing
 * produces GEXF 1.3 with every attribute declared, positions, sizes, colours and communities, and
 * on a dated map a dynamic graph for Gephi's timeline (gexfTimeWrite.ts).
 */
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { XMLSerializer } from '@xmldom/xmldom';
import { decodeText } from './decode.ts';
import { InterchangeError } from './errors.ts';
import { applyLifetime, readGexfTimes } from './gexfTimeRead.ts';
import { addLifetimes } from './gexfTimeWrite.ts';
import { graphRows, rowsToTables } from './graphTables.ts';
import type { ParsedTables } from './types.ts';
import { parseXml } from './xml.ts';

export interface GexfReadOptions {
  name?: string;
}

export function readGexf(bytes: Uint8Array, options: GexfReadOptions = {}): ParsedTables {
  const what = `GEXF ${options.name ?? 'file'}`;
  const text = decodeText(bytes, what);
  const document = parseXml(text, what, 'gexf');
  // graphology-gexf reads every child of <meta> as an element; a comment there (Gephi's test
  // files have them) threw "Cannot read properties of undefined", so only elements are kept.
  for (const meta of Array.from(document.getElementsByTagName('meta'))) {
    for (const child of Array.from(meta.childNodes)) if (child.nodeType !== 1 && child.nodeType !== 3) meta.removeChild(child);
  }
  const declared = new Set(Array.from(document.getElementsByTagName('node')).map((n) => n.getAttribute('id') ?? ''));
  let graph: AbstractGraph;
  try {
    // Undeclared attributes are read as text rather than refused: hand-edited files often have them.
    graph = parse(Graph, new XMLSerializer().serializeToString(document), { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new InterchangeError(`${what}: the graph could not be read: ${(error as Error).message.replace(/^graphology-gexf\/parser: /, '')}`);
  }
  const rows = graphRows(graph, declared);
  const times = readGexfTimes(document);
  // Atlas's own files derive a node's lifetime from its ties; its own dates are its since and until values.
  if (!times.writtenByAtlas) for (const node of rows.nodes) applyLifetime(node.attributes, times.nodes.get(node.key));
  // The parser adds one edge per <edge>, in document order (parallel edges make the graph multi).
  if (rows.edges.length === times.edges.length) for (const [index, edge] of rows.edges.entries()) applyLifetime(edge.attributes, times.edges[index]);
  // Gephi and networkx give each node a viz:size derived from a measure; it is not data.
  for (const node of rows.nodes) delete node.attributes.size;
  // GEXF's edge kind and thickness describe the drawing, not the tie.
  for (const edge of rows.edges) {
    delete edge.attributes.thickness;
    delete edge.attributes.kind;
  }
  return rowsToTables(rows, what, times.notes.map((note) => `${what}: ${note}`));
}

export interface GexfNodeView {
  x: number;
  y: number;
  size: number;
  color: string;
  community: number;
  /** The name of the node's cluster, for nodes in one (the same words as the app's legend). */
  atlasCluster?: string;
}

/**
 * GEXF's liststring joins items with commas, which names and aliases contain; lists are written
 * as text joined by " | " under a title ending in "[]", which the importer reads back as a list.
 */
function textLists(attributes: Attributes): Attributes {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => (Array.isArray(value) ? [`${name}[]`, value.join(' | ')] : [name, value])));
}

/** graphology-gexf names 1.2's viz namespace with a stray third slash; readers look for this one. */
const VIZ_1_2 = 'http://www.gexf.net/1.1draft/viz';

/**
 * `graph` is the export graph (exportGraph.ts: its type is the ties' direction, every tie weighted);
 * `views` gives each node its drawing, from whatever partition the caller colours by;
 * `description` goes in the file's meta (e.g. "the network on 31 Mar 2022").
 */
export function writeGexf(graph: AbstractGraph, views: Map<string, GexfNodeView>, description?: string): string {
  return addLifetimes(write(graph, {
    version: '1.2',
    pretty: true,
    formatNode: (key: string, attributes: Attributes) => {
      const { id: _id, label, name, x: _x, y: _y, color: _color, size: _size, ...rest } = attributes;
      const view = views.get(key);
      if (!view) throw new Error(`export: node "${key}" has no drawing; every node is laid out before the GEXF is written`);
      return {
        label: String(name ?? label ?? key),
        viz: { x: view.x, y: view.y, size: view.size, color: view.color },
        attributes: { ...textLists(rest), community: view.community, ...(view.atlasCluster ? { atlasCluster: view.atlasCluster } : {}) },
      };
    },
    // The kind keeps two ties of different types between the same nodes apart in Gephi, which merges parallel edges of one kind.
    formatEdge: (_key: string, { id: _id, weight, ...attributes }: Attributes) => ({ label: String(attributes.tieType ?? ''), kind: String(attributes.tieType ?? ''), weight, attributes: textLists(attributes) }),
  }).replace(/xmlns:viz="[^"]*"/, `xmlns:viz="${VIZ_1_2}"`), graph, description);
}
