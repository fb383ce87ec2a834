/**
 * Constraints and indexes for accounts, sessions, API tokens, memberships and reset links. These
 * labels live beside the map data: never `:Entity`, never tied to a data node, each found by an index.
 */
export const ACCOUNT_LABEL = 'Account';
export const SESSION_LABEL = 'Session';
export const TOKEN_LABEL = 'ApiToken';
export const MEMBERSHIP_LABEL = 'Membership';
export const RESET_LABEL = 'PasswordReset';

export function accountSchemaStatements(): string[] {
  return [
    `CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:${ACCOUNT_LABEL}) REQUIRE a.id IS UNIQUE`,
    `CREATE CONSTRAINT account_email IF NOT EXISTS FOR (a:${ACCOUNT_LABEL}) REQUIRE a.email IS UNIQUE`,
    `CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:${SESSION_LABEL}) REQUIRE s.id IS UNIQUE`,
    `CREATE INDEX session_account IF NOT EXISTS FOR (s:${SESSION_LABEL}) ON (s.accountId)`,
    `CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:${TOKEN_LABEL}) REQUIRE t.id IS UNIQUE`,
    `CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:${TOKEN_LABEL}) REQUIRE t.hash IS UNIQUE`,
    `CREATE INDEX api_token_account IF NOT EXISTS FOR (t:${TOKEN_LABEL}) ON (t.accountId)`,
    `CREATE CONSTRAINT membership_map_account IF NOT EXISTS FOR (m:${MEMBERSHIP_LABEL}) REQUIRE (m.map, m.accountId) IS UNIQUE`,
    `CREATE INDEX membership_map IF NOT EXISTS FOR (m:${MEMBERSHIP_LABEL}) ON (m.map)`,
    `CREATE INDEX membership_account IF NOT EXISTS FOR (m:${MEMBERSHIP_LABEL}) ON (m.accountId)`,
    `CREATE CONSTRAINT password_reset_id IF NOT EXISTS FOR (r:${RESET_LABEL}) REQUIRE r.id IS UNIQUE`,
  ];
}
