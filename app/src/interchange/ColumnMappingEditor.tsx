/** How each column was understood, with a choice per column to correct the guess. */
import { CONNECTION_FIELDS, ELEMENT_FIELDS, type ColumnMapping, type ColumnUse } from './types';

const KEEP = '(keep as a property)';
const IGNORE = '(ignore)';

function currentChoice(column: ColumnUse, mapping: ColumnMapping): string {
  const explicit = mapping[column.kind]?.[column.header];
  if (explicit === null) return IGNORE;
  if (explicit !== undefined) return explicit === column.header ? KEEP : explicit;
  if (column.use === 'ignored') return IGNORE;
  return column.use.startsWith('property:') ? KEEP : column.use;
}

export function ColumnMappingEditor({ columns, mapping, onChange }: { columns: ColumnUse[]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const origins = [...new Set(columns.map((c) => c.origin))];
  const choose = (column: ColumnUse, choice: string) => {
    const target = choice === IGNORE ? null : choice === KEEP ? column.header : choice;
    onChange({ ...mapping, [column.kind]: { ...(mapping[column.kind] ?? {}), [column.header]: target } });
  };
  return (
    <details className="interchange-mapping" data-testid="column-mapping">
      <summary>Columns: how each header was read (change any that are wrong)</summary>
      {origins.map((origin) => (
        <fieldset key={origin}>
          <legend>{origin}</legend>
          {columns.filter((c) => c.origin === origin).map((column) => {
            const fields = column.kind === 'elements' ? ELEMENT_FIELDS : CONNECTION_FIELDS;
            return (
              <label key={column.header} className="interchange-mapping-row">
                <span className="interchange-header-name">{column.header || '(no header)'}</span>
                <select value={currentChoice(column, mapping)} onChange={(e) => choose(column, e.target.value)} aria-label={`Use of column ${column.header}`}>
                  {fields.map((f) => <option key={f} value={f}>{f}</option>)}
                  <option value={KEEP}>{KEEP}</option>
                  <option value={IGNORE}>{IGNORE}</option>
                </select>
                {column.note && <small className="muted">{column.note}</small>}
              </label>
            );
          })}
        </fieldset>
      ))}
    </details>
  );
}
