/** The growth figures of two dates side by side, each with its difference, in the panel's order. */
import type { GrowthFigures } from './types';

export interface FigureRow {
  key: keyof GrowthFigures;
  label: string;
  /** What the figure means, for the row's title. */
  hint: string;
  before: string;
  after: string;
  change: string;
  /** Raw difference (after − before), for tests and sorting. */
  delta: number;
}

type Numeric = Exclude<keyof GrowthFigures, 'date'>;

interface FigureSpec {
  key: Numeric;
  label: string;
  hint: string;
  /** How it is shown: a count, a number with one decimal, or a share in per cent. */
  as: 'count' | 'decimal' | 'share';
}

export const FIGURE_SPECS: readonly FigureSpec[] = [
  { key: 'organisations', label: 'Organisations', hint: 'Organisations in the network on the date', as: 'count' },
  { key: 'workingTies', label: 'Working ties', hint: 'Partnership, funding, shared staff and reported ties between organisations', as: 'count' },
  { key: 'isolated', label: 'Isolated', hint: 'Organisations with no working tie', as: 'count' },
  { key: 'components', label: 'Separate pieces', hint: 'Parts of the network with no tie between them', as: 'count' },
  { key: 'averageDegree', label: 'Ties per organisation', hint: 'Average number of working ties', as: 'decimal' },
  { key: 'clustering', label: 'Clustering', hint: 'How often two partners of one organisation are partners too (0 to 1)', as: 'decimal' },
  { key: 'bridgingTies', label: 'Ties between clusters', hint: 'Working ties that join different clusters', as: 'count' },
  { key: 'nearCore', label: 'Near the core group', hint: 'Share of organisations within two steps of a core member', as: 'share' },
  { key: 'coreMembers', label: 'Core members', hint: 'Core members of the alliance', as: 'count' },
];

function show(value: number, as: FigureSpec['as']): string {
  if (as === 'share') return `${Math.round(value * 100)}%`;
  if (as === 'decimal') return value.toFixed(value < 1 && value > 0 ? 2 : 1);
  return value.toLocaleString('en-GB');
}

function change(delta: number, as: FigureSpec['as']): string {
  const digits = as === 'decimal' ? 2 : 0;
  const value = as === 'share' ? delta * 100 : delta;
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return 'no change';
  const text = Math.abs(rounded).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }) + (as === 'share' ? ' pts' : '');
  return rounded > 0 ? `+${text}` : `−${text}`;
}

export function figureRows(before: GrowthFigures, after: GrowthFigures): FigureRow[] {
  return FIGURE_SPECS.map(({ key, label, hint, as }) => {
    const delta = after[key] - before[key];
    return { key, label, hint, before: show(before[key], as), after: show(after[key], as), change: change(delta, as), delta };
  });
}
