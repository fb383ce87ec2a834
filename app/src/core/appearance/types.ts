/** Registry shapes: each size measure and colouring declares its typed parameters, and the UI is built from them. */

export type ParameterSpec =
  | { kind: 'number'; id: string; label: string; min: number; max: number; step: number; default: number; help?: string }
  | { kind: 'choice'; id: string; label: string; options: { value: string; label: string }[]; default: string; help?: string };

export type ParameterValues = Record<string, number | string>;

/** A choice parameter from [value, label] pairs; the first option is the default. */
export function choiceParameter(id: string, label: string, options: [value: string, label: string][]): ParameterSpec {
  return { kind: 'choice', id, label, options: options.map(([value, text]) => ({ value, label: text })), default: options[0][0] };
}

export interface LegendEntry {
  /** What a node carries to belong to the entry (theme id, node type, community index…). */
  key: string;
  label: string;
  color: string;
  count: number;
  /** A node to go to from the legend (a theme, an area, a community's hub). */
  nodeId?: string;
}

export interface ColourResult {
  byNode: Record<string, string>;
  /** The legend key each node belongs to, so hovering a legend entry can pick out its nodes. */
  keyByNode: Record<string, string>;
  legend: LegendEntry[];
}
