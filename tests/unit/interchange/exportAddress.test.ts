/** The app's export addresses follow the map's "as of" date, and the saved file is named after the map and the date. */
import { describe, expect, it } from 'vitest';
import { exportAddress, exportFileName } from '../../../app/src/interchange/exportAddress.ts';

describe('export address', () => {
  it('is the whole record without a date', () => {
    expect(exportAddress('gexf', { asOf: null, undated: false })).toBe('export/gexf');
    expect(exportAddress('csv', { asOf: null, undated: true }, 'elements')).toBe('export/csv?table=elements');
    expect(exportFileName('battersea-alliance', 'csv', null, 'elements')).toBe('battersea-alliance-elements.csv');
  });

  it('carries the date, and undated ties only when they are counted', () => {
    expect(exportAddress('gexf', { asOf: '2022-03-31', undated: false })).toBe('export/gexf?asOf=2022-03-31');
    expect(exportAddress('csv', { asOf: '2022-03', undated: true }, 'connections')).toBe('export/csv?asOf=2022-03&undated=include&table=connections');
    expect(exportFileName('battersea-alliance', 'gexf', '2022-03-31')).toBe('battersea-alliance-2022-03-31.gexf');
    expect(exportFileName('battersea-alliance', 'csv', '2022-03-31', 'connections')).toBe('battersea-alliance-2022-03-31-connections.csv');
  });
});
