/**
 * Contract of a map's saved views: anyone who may see the map lists them; editors save, change
 * and delete them. A view's `state` is the app's address query string (model/savedViews.ts).
 */
import { Type } from 'typebox';
import { SAVED_VIEW_ID_PATTERN, SAVED_VIEW_NAME_LENGTH, SAVED_VIEW_STATE_LENGTH, SAVED_VIEW_TEXT_LENGTH, SAVED_VIEWS_PER_MAP } from '../model/savedViews.ts';
import { ErrorResponse, inMap, needs, Version, writeErrors } from './common.ts';

const ViewId = Type.String({ pattern: SAVED_VIEW_ID_PATTERN, description: 'A saved view id, e.g. gaps-in-battersea', examples: ['gaps-in-battersea'] });
const EXAMPLE_INPUT = { name: 'Gaps in Battersea', text: 'Half of our organisations work with no other: these are the ones to meet first.', state: '?colour=cluster&sel=org-providence-house' };
const EXAMPLE = { id: 'gaps-in-battersea', ...EXAMPLE_INPUT, createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z', version: 1 };

const inputProperties = {
  name: Type.String({ minLength: 1, maxLength: SAVED_VIEW_NAME_LENGTH, description: 'What the view is called' }),
  text: Type.String({ maxLength: SAVED_VIEW_TEXT_LENGTH, description: 'What to say about the view: shown with it when presenting' }),
  state: Type.String({ maxLength: SAVED_VIEW_STATE_LENGTH, description: "The view's filters, focus, colours and camera: the app's address query string, starting with ?" }),
};
export const SavedViewBody = Type.Object(inputProperties, { additionalProperties: false, examples: [EXAMPLE_INPUT] });
export const SavedViewUpdateBody = Type.Object({ ...inputProperties, version: Version }, { additionalProperties: false, examples: [{ ...EXAMPLE_INPUT, version: 1 }] });
export const SavedViewSchema = Type.Object(
  { id: ViewId, ...inputProperties, createdAt: Type.String(), updatedAt: Type.String(), version: Type.Integer({ description: 'The version a change must name' }) },
  { description: 'A named view of the map', examples: [EXAMPLE] },
);
export const SavedViewList = Type.Object(
  { views: Type.Array(SavedViewSchema, { maxItems: SAVED_VIEWS_PER_MAP, description: 'In the order they were saved: the order a presentation steps through' }) },
  { examples: [{ views: [EXAMPLE] }] },
);
export const SavedViewDeleted = Type.Object({ deleted: ViewId }, { examples: [{ deleted: 'gaps-in-battersea' }] });

const ViewParams = inMap({ view: ViewId });
const read = { tags: ['maps'], ...needs('public') } as const;
const write = { tags: ['maps'], ...needs('editor') } as const;

export const listSavedViews = { ...read, operationId: 'listSavedViews', summary: "The map's saved views, in presentation order", params: inMap({}), response: { 200: SavedViewList, 400: ErrorResponse, 404: ErrorResponse, 500: ErrorResponse } } as const;
export const createSavedView = { ...write, operationId: 'createSavedView', summary: 'Save a named view of the map (filters, focus, colours, camera) with a text', params: inMap({}), body: SavedViewBody, response: { 201: SavedViewSchema, ...writeErrors } } as const;
export const updateSavedView = { ...write, operationId: 'updateSavedView', summary: 'Change a saved view, based on the version you read', params: ViewParams, body: SavedViewUpdateBody, response: { 200: SavedViewSchema, ...writeErrors } } as const;
export const deleteSavedView = { ...write, operationId: 'deleteSavedView', summary: 'Delete a saved view', params: ViewParams, response: { 200: SavedViewDeleted, ...writeErrors } } as const;
