/**
 * Constraints and indexes for accounts, sessions, API tokens, memberships and reset links. These
 * labels live beside the map data: never `:Entity`, never tied to a data node, each found by an index.
 */
import { propertyIndex, uniqueConstraint } from './schemaStatements.ts';

export const ACCOUNT_LABEL = 'Account';
export const SESSION_LABEL = 'Session';
export const TOKEN_LABEL = 'ApiToken';
export const MEMBERSHIP_LABEL = 'Membership';
export const RESET_LABEL = 'PasswordReset';

export function accountSchemaStatements(): string[] {
  const account = { node: ACCOUNT_LABEL };
  const session = { node: SESSION_LABEL };
  const token = { node: TOKEN_LABEL };
  const membership = { node: MEMBERSHIP_LABEL };
  return [
    uniqueConstraint('account_id', account, 'id'),
    uniqueConstraint('account_email', account, 'email'),
    uniqueConstraint('session_id', session, 'id'),
    propertyIndex('session_account', session, 'accountId'),
    uniqueConstraint('api_token_id', token, 'id'),
    uniqueConstraint('api_token_hash', token, 'hash'),
    propertyIndex('api_token_account', token, 'accountId'),
    uniqueConstraint('membership_map_account', membership, 'map', 'accountId'),
    propertyIndex('membership_map', membership, 'map'),
    propertyIndex('membership_account', membership, 'accountId'),
    uniqueConstraint('password_reset_id', { node: RESET_LABEL }, 'id'),
  ];
}
