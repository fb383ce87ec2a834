/**
 * The app's API client decides by status, machine code and field code, never by the service's
 * English: most messages below are in another language, and the app still says the right thing
 * under the right field. Where the fix depends on a detail (a limit, the allowed values) the
 * service's sentence is shown as it came. The import plan's outcomes are one list, shared by app and service.
 */
import { describe, expect, it } from 'vitest';
import { AtlasError, errorFromResponse, isMissingEndpoint, problemWords, PROBLEM_WORDS } from '../../../app/src/core/api/errors';
import { fieldMessages } from '../../../app/src/core/edit';
import { interchangeError } from '../../../app/src/interchange/api';
import { OUTCOMES as APP_OUTCOMES } from '../../../app/src/interchange/types';
import { ImportPlan } from '../../../graph-service/src/contract/interchange.ts';
import { OUTCOMES as SERVICE_OUTCOMES } from '../../../graph-service/src/interchange/plan/types.ts';
import { PROBLEM_CODES } from '../../../graph-service/src/model/problems.ts';
import { validateTie } from '../../../graph-service/src/model/rules/index.ts';
import { validationProblems } from '../../../graph-service/src/routes/validationProblems.ts';

const plan = { committable: false, problems: [], notes: [], columns: [], summary: { elements: {}, connections: {} }, rows: [] } as never;

describe('the import plan outcomes', () => {
  it('are one list: the app shows them in the order the service counts them', () => {
    expect(APP_OUTCOMES).toEqual(SERVICE_OUTCOMES);
    expect(Object.keys(ImportPlan.properties.summary.properties.elements.properties)).toEqual([...APP_OUTCOMES]);
  });
});

describe('field problems', () => {
  it('are worded by the app for every code the service can send', () => {
    expect(Object.keys(PROBLEM_WORDS).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('land under their form field with the app\'s words, whatever language the service wrote', () => {
    const messages = fieldMessages([
      { field: '/changes/since', code: 'bad_date', message: 'doit être une date' },
      { field: '/changes/name', code: 'blank', message: 'est vide' },
      { field: '/changes/lastConfirmed', code: 'required', message: 'fehlt' },
    ]);
    expect(messages).toEqual({
      since: 'Write a real date as YYYY, YYYY-MM or YYYY-MM-DD.',
      name: 'This cannot be empty.',
      lastConfirmed: 'Fill this in.',
    });
  });

  it('say the limit when a field is too long, as the service worded it', () => {
    const tooLong = validationProblems([{ keyword: 'maxLength', instancePath: '/changes/name', params: { limit: 300 } }]);
    expect(fieldMessages(tooLong).name).toBe('"name" is too long: keep it to 300 characters.');
  });

  it('say which values or ends are allowed, from the rule that refused them', () => {
    const { problems } = validateTie('MEMBER_OF', { source: 'doc 1', properties: { tier: 'gold' } }, 'create');
    const tier = problems.find((p) => p.code === 'not_allowed');
    expect(tier && problemWords(tier)).toBe('Must be one of: core, delivery partner, associate.');
  });

  it('keep a problem the app finds itself (no code) in the app\'s own words', () => {
    expect(problemWords({ field: 'name', message: 'Give it a name.' })).toBe('Give it a name.');
  });
});

describe('error answers', () => {
  it('keep the machine code, the field problems and the current entity', () => {
    const bad = errorFromResponse(400, { error: 'invalid_fields', message: 'Die Anfrage wurde abgelehnt.', fields: [{ field: '/since', code: 'bad_date', message: 'kein Datum' }] });
    expect(bad).toBeInstanceOf(AtlasError);
    expect(bad.code).toBe('invalid_fields');
    expect(bad.fields.map(problemWords)).toEqual(['Write a real date as YYYY, YYYY-MM or YYYY-MM-DD.']);
    const conflict = errorFromResponse(409, { error: 'conflict', message: 'Versión antigua', current: { id: 'x', name: 'N', nodeType: 'Organisation', version: 2 } });
    expect(conflict.message).toMatch(/Someone else changed this/);
    expect(conflict.current?.version).toBe(2);
  });

  it('tell a missing route from a missing node by code, not by the words', () => {
    expect(isMissingEndpoint(errorFromResponse(404, { error: 'no_route', message: 'Keine Route für GET /api/subgraph.' }))).toBe(true);
    expect(isMissingEndpoint(errorFromResponse(404, { error: 'not_found', message: 'No route to this node: not found.' }))).toBe(false);
  });

  it('bring back the import plan only when the commit was refused for its rows', () => {
    const refused = interchangeError(422, { error: 'import_rejected', message: 'Rien n\'a été écrit.', plan });
    expect(refused.plan).toBe(plan);
    expect(refused.code).toBe('import_rejected');
    expect(interchangeError(400, { error: 'unreadable_file', message: 'Fichier illisible', plan }).plan).toBeNull();
    expect(interchangeError(401, { error: 'editor_key_needed', message: 'Schlüssel fehlt' }).message).toBe('Importing needs the editor key.');
  });
});
