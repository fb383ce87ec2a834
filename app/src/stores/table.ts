/** Map or table, and the table's rows: one per visible node, from the same data and filters as the map. */
import { colouring, sizeMeasure } from '../core/appearance';
import { buildRows, type TableRow } from '../core/table';
import type { AppearanceStore } from './appearance';
import type { DataStore } from './data';
import type { FiltersStore } from './filters';
import { derived, store } from './store';

export type Mode = 'map' | 'table';

const NO_ROWS: TableRow[] = [];

export function createTableStore(data: DataStore, filters: FiltersStore, appearance: AppearanceStore, initial: Mode) {
  const mode = store<Mode>(initial);
  const legendByKey = derived([appearance.colours], (c) => new Map(c.value.legend.map((e) => [e.key, e.label])));
  /** Built only while the table shows. */
  const rows = derived([mode, data.state, data.facets, filters.visibility, appearance.measure, appearance.colours, legendByKey], (m, d, facets, v, measure, colours, legend) =>
    m === 'table' ? buildRows(d.graph, facets, v?.nodes ?? null, v?.edges ?? null, measure.value, (n) => legend.get(colours.value.keyByNode[n]) ?? '') : NO_ROWS,
  );
  const labels = derived([appearance.choice], (c) => ({ measure: sizeMeasure(c.size).label, group: colouring(c.colour).label }));
  return { mode, rows, labels };
}

export type TableStore = ReturnType<typeof createTableStore>;
