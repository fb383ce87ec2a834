/** Read queries follow tie types by their network role, so a new type with a role joins them. */
import { describe, expect, it } from 'vitest';
import { relationshipTypes } from '../../../graph-service/src/repositories/tieRoles.ts';
import { MODEL, type AtlasModel } from '../../../graph-service/src/model/model.ts';

describe('relationship types by network role', () => {
  it('names every tie type of a role, quoted, for a Cypher pattern', () => {
    expect(relationshipTypes('theme')).toBe('`WORKS_ON`|`ABOUT`');
    expect(relationshipTypes('attendance')).toBe('`ATTENDED`|`HOSTED`');
    expect(relationshipTypes('containment')).toBe('`PART_OF`');
  });

  it('includes a new tie type given that role', () => {
    const model: AtlasModel = { ...MODEL, tieTypes: { ...MODEL.tieTypes, SERVES: { ...MODEL.tieTypes.LOCATED_IN, synonyms: ['serves'] } } };
    expect(relationshipTypes('location', model)).toBe('`LOCATED_IN`|`SERVES`');
  });

  it('refuses a role no tie type has, rather than writing a pattern that matches nothing', () => {
    const model: AtlasModel = { ...MODEL, tieTypes: { CONNECTED_WITH: MODEL.tieTypes.CONNECTED_WITH } };
    expect(() => relationshipTypes('funding', model)).toThrow(/no tie type has the network role "funding"/);
  });
});
