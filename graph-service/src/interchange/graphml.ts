/**
 * GraphML. Reading accepts what networkx, Gephi and yEd write: `<key>` declarations with
 * attr.name/attr.type, and yEd's node graphics (label, geometry, fill colour). Writing declares
 * one key per attribute with its type; list attributes are written as text joined by " | " under
 * a name ending in "[]" so they re-import as lists. The element's own id is its `id` attribute
 * only, never also a `<data>`: igraph, yEd and Cytoscape then warn of a duplicate id attribute.
 * `edgedefault` is the graph's direction and every tie has its weight (exportGraph.ts).
 */
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { XMLSerializer } from '@xmldom/xmldom';
import { decodeText } from './decode.ts';
import { InterchangeError } from './errors.ts';
import { graphRows, rowsToTables } from './graphTables.ts';
import type { ParsedTables } from './types.ts';
import { parseXml } from './xml.ts';

export interface GraphmlReadOptions {
  name?: string;
}

const YFILES_NS = 'http://www.yworks.com/xml/graphml';

export function readGraphml(bytes: Uint8Array, options: GraphmlReadOptions = {}): ParsedTables {
  const what = `GraphML ${options.name ?? 'file'}`;
  const text = decodeText(bytes, what);
  const document = parseXml(text, what, 'graphml');
  if (document.getElementsByTagName('graph').length === 0) throw new InterchangeError(`${what}: the file has no <graph> element.`);
  // Keys for ports or hyperedges (yEd declares some) are not node, edge or graph data.
  for (const key of Array.from(document.getElementsByTagName('key'))) {
    if (!['node', 'edge', 'graph'].includes(key.getAttribute('for') ?? 'node')) key.parentNode?.removeChild(key);
  }
  let graph: AbstractGraph;
  try {
    graph = parse(Graph, new XMLSerializer().serializeToString(document), { addMissingNodes: true });
  } catch (error) {
    throw new InterchangeError(`${what}: the graph could not be read: ${(error as Error).message.replace(/^graphology-graphml\/parser: /, '')}`);
  }
  const nodeElements = Array.from(document.getElementsByTagName('node'));
  const declared = new Set(nodeElements.map((n) => n.getAttribute('id') ?? ''));
  const rows = graphRows(graph, declared);
  // yEd keeps a node's label, position and colour in its graphics, under keys without attr.name.
  const yed = new Map(nodeElements.map((element) => {
    const label = element.getElementsByTagNameNS(YFILES_NS, 'NodeLabel')[0]?.textContent?.trim();
    const geometry = element.getElementsByTagNameNS(YFILES_NS, 'Geometry')[0];
    const fill = element.getElementsByTagNameNS(YFILES_NS, 'Fill')[0]?.getAttribute('color');
    return [element.getAttribute('id') ?? '', { label, x: geometry?.getAttribute('x'), y: geometry?.getAttribute('y'), color: fill }];
  }));
  for (const node of rows.nodes) {
    delete node.attributes.undefined;
    const graphics = yed.get(node.key);
    if (graphics?.label && node.attributes.label === undefined && node.attributes.name === undefined) node.attributes.label = graphics.label;
    if (graphics?.x && node.attributes.x === undefined) node.attributes.x = Number(graphics.x);
    if (graphics?.y && node.attributes.y === undefined) node.attributes.y = Number(graphics.y);
    if (graphics?.color && node.attributes.color === undefined) node.attributes.color = graphics.color;
    delete node.attributes.size;
  }
  for (const edge of rows.edges) delete edge.attributes.undefined;
  return rowsToTables(rows, what);
}

const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => XML_ENTITIES[c] ?? c)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids control characters other than tab and line breaks, so they are removed.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

interface Key {
  id: string;
  name: string;
  type: 'boolean' | 'long' | 'double' | 'string';
  list: boolean;
}

function inferKeys(kind: 'node' | 'edge', items: Attributes[]): Map<string, Key> {
  const seen = new Map<string, Set<string>>();
  for (const attributes of items) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      const type = Array.isArray(value) ? 'list' : typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : typeof value === 'boolean' ? 'boolean' : 'string';
      const types = seen.get(name) ?? new Set<string>();
      seen.set(name, types.add(type));
    }
  }
  const keys = new Map<string, Key>();
  let index = 0;
  for (const [name, types] of seen) {
    const list = types.has('list');
    const type = list || types.has('string') || (types.has('boolean') && types.size > 1) ? 'string' : types.has('double') ? 'double' : types.has('long') ? 'long' : 'boolean';
    keys.set(name, { id: `${kind[0]}${index++}`, name: list ? `${name}[]` : name, type, list });
  }
  return keys;
}

/** The element's id is written once, as the element's `id`; a data key named id would be a second. */
const withoutId = ({ id: _id, ...rest }: Attributes): Attributes => rest;

function dataElements(attributes: Attributes, keys: Map<string, Key>): string {
  let out = '';
  for (const [name, value] of Object.entries(withoutId(attributes))) {
    const key = keys.get(name);
    if (!key || value === null || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(' | ') : String(value);
    out += `\n      <data key="${key.id}">${escapeXml(text)}</data>`;
  }
  return out;
}

/** GraphML for a graph whose node and edge attributes are the atlas's properties plus drawing. */
export function writeGraphml(graph: AbstractGraph): string {
  const nodeKeys = inferKeys('node', graph.mapNodes((_k, a) => withoutId(a)));
  const edgeKeys = inferKeys('edge', graph.mapEdges((_k, a) => withoutId(a)));
  const declare = (kind: 'node' | 'edge', keys: Map<string, Key>) =>
    [...keys.values()].map((k) => `  <key id="${k.id}" for="${kind}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`).join('\n');
  const nodes = graph.mapNodes((key, attributes) => `    <node id="${escapeXml(key)}">${dataElements(attributes, nodeKeys)}\n    </node>`);
  const edges = graph.mapEdges((key, attributes, source, target) =>
    `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${dataElements(attributes, edgeKeys)}\n    </edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    declare('node', nodeKeys),
    declare('edge', edgeKeys),
    `  <graph id="alliance-atlas" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
