import { describe, expect, it } from 'vitest';
import { planColumns, propertyName } from '../../../graph-service/src/interchange/columns.ts';
import type { RawTable } from '../../../graph-service/src/interchange/types.ts';

const table = (kind: RawTable['kind'], headers: string[]): RawTable => ({ kind, origin: 'CSV', headers, rows: [], typed: false });
const uses = (kind: RawTable['kind'], headers: string[], mapping = {}) => Object.fromEntries(planColumns(table(kind, headers), mapping).report.map((r) => [r.header, r.use]));

describe('planColumns', () => {
  it('understands the convention\'s headers spelt in many ways', () => {
    expect(uses('elements', ['Element ID', 'Label', 'Element Type', 'Description', 'Tags', 'Themes', 'Borough', 'Number of volunteers'])).toEqual({
      'Element ID': 'id', Label: 'name', 'Element Type': 'type', Description: 'description', Tags: 'tags', Themes: 'themes', Borough: 'area',
      'Number of volunteers': 'property:numberOfVolunteers',
    });
    expect(uses('connections', ['From', 'To', 'Relationship', 'Start date', 'End date', 'Source', 'Strength'])).toEqual({
      From: 'from', To: 'to', Relationship: 'type', 'Start date': 'since', 'End date': 'until', Source: 'source', Strength: 'property:strength',
    });
  });

  it('reads Gephi edge tables, where Source and Target are the two ends', () => {
    expect(uses('connections', ['Source', 'Target', 'Type'])).toMatchObject({ Source: 'from', Target: 'to', Type: 'type' });
  });

  it('lets an explicit mapping win, and null ignore a column', () => {
    expect(uses('elements', ['Organisation', 'Category', 'Secret'], { elements: { Organisation: 'name', Category: 'type', Secret: null } }))
      .toEqual({ Organisation: 'name', Category: 'type', Secret: 'ignored' });
  });

  it('refuses contact-detail columns and a table without names or ids', () => {
    const plan = planColumns(table('elements', ['Name', 'Email', 'Mobile number']));
    expect(plan.problems).toEqual([
      'CSV: column "Email" holds contact details; Atlas keeps people by name and role only. Remove the column, or map it to be ignored.',
      'CSV: column "Mobile number" holds contact details; Atlas keeps people by name and role only. Remove the column, or map it to be ignored.',
    ]);
    // Neither a name nor an id: nothing can name the elements.
    expect(planColumns(table('elements', ['type', 'description'])).problems.join()).toMatch(/no column for name; name a column "name", "label", "title"/);
    // An id alone names them (networkx and igraph files have no labels).
    expect(planColumns(table('elements', ['id', 'type'])).problems).toEqual([]);
  });

  it('ignores columns an exporting tool derives', () => {
    expect(uses('elements', ['label', 'createdAt', 'community', 'Modularity Class'])).toMatchObject({ createdAt: 'ignored', community: 'ignored', 'Modularity Class': 'ignored' });
  });

  it('turns headers into property names', () => {
    expect(propertyName('Number of volunteers')).toBe('numberOfVolunteers');
    expect(propertyName('reachMin')).toBe('reachMin');
    expect(propertyName('agreedActions[]')).toBe('agreedActions');
    expect(propertyName('2020 budget')).toBe('p2020Budget');
  });
});
