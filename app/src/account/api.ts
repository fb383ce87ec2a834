/** The accounts routes, through the one client (cookies and the CSRF header are sent by requestJSON). */
import type { Accounts, Reads } from '../../../graph-service/src/contract/types';
import { mapPath, requestJSON } from '../core/api/request';

export type SessionState = Accounts['state'];
export type ApiToken = Accounts['token'];
export type Member = Accounts['member'];
export type MapRole = Member['role'];

const json = (method: string, body?: unknown): RequestInit => ({ method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

export const fetchSession = (): Promise<SessionState> => requestJSON<SessionState>('/api/session');
export const postSignIn = (email: string, password: string): Promise<Accounts['signedIn']> => requestJSON('/api/session', json('POST', { email, password }));
export const deleteSession = (): Promise<Accounts['ended']> => requestJSON('/api/session', json('DELETE'));
export const deleteAllSessions = (): Promise<Accounts['ended']> => requestJSON('/api/sessions', json('DELETE'));
export const putPassword = (current: string, next: string): Promise<Accounts['passwordChanged']> => requestJSON('/api/account/password', json('PUT', { current, next }));
export const postForgot = (email: string): Promise<Accounts['forgotSent']> => requestJSON('/api/account/forgot', json('POST', { email }));
export const postReset = (token: string, password: string): Promise<Accounts['resetDone']> => requestJSON('/api/account/reset', json('POST', { token, password }));

export const fetchTokens = async (): Promise<ApiToken[]> => (await requestJSON<Accounts['tokens']>('/api/account/tokens')).tokens;
export const postToken = (name: string): Promise<Accounts['newToken']> => requestJSON('/api/account/tokens', json('POST', { name }));
export const deleteToken = (id: string): Promise<ApiToken> => requestJSON(`/api/account/tokens/${encodeURIComponent(id)}`, json('DELETE'));

/** A map's organisations whose name, alias or description matches (for choosing what a steward speaks for). */
export const searchOrganisations = async (map: string, q: string, signal?: AbortSignal) =>
  (await requestJSON<Reads['search']>(mapPath(map, `search?${new URLSearchParams({ q, types: 'Organisation', limit: '8' })}`), { signal })).results;
export const fetchMembers = async (map: string): Promise<Member[]> => (await requestJSON<Accounts['members']>(mapPath(map, 'members'))).members;
export const postMember = (map: string, body: Accounts['newMember']): Promise<Member> => requestJSON(mapPath(map, 'members'), json('POST', body));
export const putMember = (map: string, accountId: string, body: Accounts['memberBody']): Promise<Member> =>
  requestJSON(mapPath(map, `members/${encodeURIComponent(accountId)}`), json('PUT', body));
export const deleteMember = (map: string, accountId: string): Promise<{ removed: string }> => requestJSON(mapPath(map, `members/${encodeURIComponent(accountId)}`), json('DELETE'));
