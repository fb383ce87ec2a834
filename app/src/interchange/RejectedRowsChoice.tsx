/**
 * What a commit does with rejected rows: nothing is written (all or nothing, the default), or the
 * valid rows are written and the rejected ones come back as a CSV with a reason column.
 */
import { useEffect, useMemo } from 'react';
import { REJECTED_ROWS, type RejectedRows } from '../../../graph-service/src/contract/lists';

const WORDING: Record<RejectedRows, string> = {
  refuse: 'import nothing until every row is right (all or nothing)',
  skip: 'import the valid rows and give me the rejected ones as a file',
};

export function RejectedRowsChoice({ value, onChange, disabled }: { value: RejectedRows; onChange: (choice: RejectedRows) => void; disabled: boolean }) {
  return (
    <fieldset className="interchange-target" data-testid="import-rejected-choice">
      <legend>If some rows are rejected</legend>
      {REJECTED_ROWS.map((choice) => (
        <label key={choice}>
          <input type="radio" name="import-rejected" checked={value === choice} onChange={() => onChange(choice)} disabled={disabled} data-testid={`import-rejected-${choice}`} /> {WORDING[choice]}
        </label>
      ))}
    </fieldset>
  );
}

/** The rejected rows a skipping commit left out, offered as a CSV download. */
export function RejectedRowsDownload({ csv, count }: { csv: string; count: number }) {
  const href = useMemo(() => URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), [csv]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <p className="interchange-done" data-testid="import-rejected-file">
      {count} rejected row(s) were left out. <a href={href} download="rejected-rows.csv">Download them with the reason for each (CSV)</a>.
    </p>
  );
}
