/**
 * Contract of accounts: sign-in sessions, one's own account (password, API tokens), one-time reset
 * links an admin hands over, and the members of a map with their roles.
 */
import { Type } from 'typebox';
import { MAP_ROLES, type MapRole } from '../model/roles.ts';
import { PASSWORD_MAX_LENGTH } from '../security/passwords.ts';
import { ErrorResponse, inMap, needs, MapId, NODE_ID_PATTERN, oneOf, writeErrors } from './common.ts';

const ACCOUNT_EXAMPLE = { id: 'acc-0b8e6c2e-1f7a-4c3e-9d1a-4b2f8e7c6d5a', email: 'coordinator@example.org', name: 'Alliance coordinator', siteAdmin: false, createdAt: '2026-01-05T10:00:00.000Z' };
const MEMBERSHIP_EXAMPLE = { map: 'battersea-alliance', role: 'member', stewardOf: ['org-providence-house'] };
const TOKEN_EXAMPLE = { id: 'tok-5d0f1c7e-8a2b-4e6f-b1c3-7a9d2e4f6b8c', name: 'Nightly export', createdAt: '2026-01-05T10:00:00.000Z', lastUsedAt: null, revokedAt: null };
const CSRF_EXAMPLE = 'csrf_q3Jx0b9Yt2v8Kp1Lm4Nw6Zr7Sd5Fg0Hj2Qa8Xc4Vb6M';

export const Email = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$', description: 'An e-mail address (compared in lower case)', examples: ['coordinator@example.org'] });
const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH, description: 'A password' });
const AccountId = Type.String({ pattern: '^acc-[0-9a-f-]{36}$', description: 'An account id', examples: [ACCOUNT_EXAMPLE.id] });
const TokenId = Type.String({ pattern: '^tok-[0-9a-f-]{36}$', description: 'An API token id', examples: [TOKEN_EXAMPLE.id] });
const Role = oneOf<MapRole>(MAP_ROLES, 'A role in a map');
const StewardOf = Type.Array(Type.String({ pattern: NODE_ID_PATTERN }), { maxItems: 50, uniqueItems: true, description: 'Ids of the organisations in this map the member speaks for (a steward)' });

export const AccountSchema = Type.Object(
  { id: Type.String(), email: Type.String(), name: Type.String(), siteAdmin: Type.Boolean({ description: 'Admin of every map, and may hand out reset links' }), createdAt: Type.String() },
  { description: 'A person\'s account', examples: [ACCOUNT_EXAMPLE] },
);
export const MembershipSchema = Type.Object({ map: MapId, role: Role, stewardOf: StewardOf }, { description: 'A role in one map', examples: [MEMBERSHIP_EXAMPLE] });
export const SignedIn = Type.Object(
  { account: AccountSchema, csrfToken: Type.String({ description: 'Send it as the x-atlas-csrf header on every write with this session' }) },
  { examples: [{ account: ACCOUNT_EXAMPLE, csrfToken: CSRF_EXAMPLE }] },
);
export const AccountAnswer = Type.Object(
  { account: AccountSchema, csrfToken: Type.Union([Type.String(), Type.Null()], { description: 'The session\'s CSRF token; null when the caller used an API token' }), memberships: Type.Array(MembershipSchema) },
  { examples: [{ account: ACCOUNT_EXAMPLE, csrfToken: CSRF_EXAMPLE, memberships: [MEMBERSHIP_EXAMPLE] }] },
);
export const SessionState = Type.Object(
  {
    mode: Type.Union([Type.Literal('open'), Type.Literal('accounts')], { description: 'open: no sign-in, everyone who reaches the service may edit (a local install)' }),
    sendsMail: Type.Boolean({ description: 'Whether the atlas sends e-mail (SMTP configured), so a person may ask for a reset link themselves' }),
    account: Type.Union([AccountSchema, Type.Null()]),
    csrfToken: Type.Union([Type.String(), Type.Null()]),
    memberships: Type.Array(MembershipSchema),
  },
  { description: 'Whether sign-in is needed, and who the caller is', examples: [{ mode: 'accounts', sendsMail: false, account: null, csrfToken: null, memberships: [] }] },
);
export const SignInBody = Type.Object({ email: Email, password: Password }, { additionalProperties: false, examples: [{ email: 'coordinator@example.org', password: 'correct horse battery staple' }] });
export const PasswordBody = Type.Object({ current: Password, next: Password }, { additionalProperties: false, examples: [{ current: 'correct horse battery staple', next: 'a longer and newer passphrase' }] });
export const ResetBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200, description: 'The secret from the reset link' }), password: Password },
  { additionalProperties: false, examples: [{ token: 'atr_3Jx0b9Yt2v8Kp1Lm4Nw6Zr7Sd5Fg0Hj2Qa8Xc4Vb6M', password: 'a longer and newer passphrase' }] },
);
export const Ended = Type.Object({ ended: Type.Integer({ description: 'How many sessions ended' }) }, { examples: [{ ended: 3 }] });
export const PasswordChanged = Type.Object({ changed: Type.Literal(true), ended: Type.Integer({ description: 'Other sessions that ended' }) }, { examples: [{ changed: true, ended: 2 }] });
export const ResetDone = Type.Object({ reset: Type.Literal(true), email: Type.String() }, { examples: [{ reset: true, email: 'coordinator@example.org' }] });
export const ResetLink = Type.Object(
  {
    link: Type.String({ description: 'Hand it to the person; it works once, until expiresAt' }),
    expiresAt: Type.String(),
    mailed: Type.Boolean({ description: "Whether it was also e-mailed to the account's address (only when SMTP is configured)" }),
  },
  { examples: [{ link: 'http://127.0.0.1:4173/reset#atr_3Jx0b9Yt2v8Kp1Lm4Nw6Zr7Sd5Fg0Hj2Qa8Xc4Vb6M', expiresAt: '2026-01-06T10:00:00.000Z', mailed: false }] },
);
export const ForgotBody = Type.Object({ email: Email }, { additionalProperties: false, examples: [{ email: 'coordinator@example.org' }] });
export const ForgotSent = Type.Object(
  { sent: Type.Literal(true, { description: 'The same answer whether or not an account has the address' }) },
  { examples: [{ sent: true }] },
);
export const TokenSchema = Type.Object(
  { id: Type.String(), name: Type.String(), createdAt: Type.String(), lastUsedAt: Type.Union([Type.String(), Type.Null()]), revokedAt: Type.Union([Type.String(), Type.Null()]) },
  { description: 'A personal API token (never its secret)', examples: [TOKEN_EXAMPLE] },
);
export const TokenList = Type.Object({ tokens: Type.Array(TokenSchema) }, { examples: [{ tokens: [TOKEN_EXAMPLE] }] });
export const TokenBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100, description: 'What the token is for' }) }, { additionalProperties: false, examples: [{ name: 'Nightly export' }] });
export const NewToken = Type.Object(
  { token: TokenSchema, secret: Type.String({ description: 'Shown this once: send it as "Authorization: Bearer <secret>"' }) },
  { examples: [{ token: TOKEN_EXAMPLE, secret: 'atk_3Jx0b9Yt2v8Kp1Lm4Nw6Zr7Sd5Fg0Hj2Qa8Xc4Vb6M' }] },
);

const MEMBER_EXAMPLE = { accountId: ACCOUNT_EXAMPLE.id, name: ACCOUNT_EXAMPLE.name, email: ACCOUNT_EXAMPLE.email, role: 'member', stewardOf: ['org-providence-house'] };
export const MemberSchema = Type.Object(
  { accountId: Type.String(), name: Type.String(), email: Type.String(), role: Role, stewardOf: StewardOf },
  { description: 'A member of a map', examples: [MEMBER_EXAMPLE] },
);
export const MemberList = Type.Object({ members: Type.Array(MemberSchema) }, { examples: [{ members: [MEMBER_EXAMPLE] }] });
export const MemberBody = Type.Object({ role: Role, stewardOf: Type.Optional(StewardOf) }, { additionalProperties: false, examples: [{ role: 'member', stewardOf: ['org-providence-house'] }] });
export const NewMemberBody = Type.Object({ email: Email, role: Role, stewardOf: Type.Optional(StewardOf) }, { additionalProperties: false, examples: [{ email: 'coordinator@example.org', role: 'editor' }] });
export const MemberRemoved = Type.Object({ removed: Type.String() }, { examples: [{ removed: ACCOUNT_EXAMPLE.id }] });

const open = { tags: ['accounts'], ...needs('public') } as const;
const mine = { tags: ['accounts'], ...needs('account') } as const;
const siteAdmin = { tags: ['accounts'], ...needs('admin') } as const;
const mapAdmin = { tags: ['accounts'], ...needs('admin') } as const;
const signInErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 423: ErrorResponse, 429: ErrorResponse, 500: ErrorResponse } as const;
const accountErrors = { ...writeErrors, 403: ErrorResponse, 429: ErrorResponse } as const;

export const getSession = { ...open, operationId: 'getSession', summary: 'Whether sign-in is needed here, and who you are (no error when signed out)', response: { 200: SessionState, 500: ErrorResponse } } as const;
export const signIn = { ...open, operationId: 'signIn', summary: 'Sign in with e-mail and password: sets the session cookie and answers the CSRF token', body: SignInBody, response: { 200: SignedIn, ...signInErrors } } as const;
export const signOut = { ...mine, operationId: 'signOut', summary: 'Sign out this session', response: { 200: Ended, ...accountErrors } } as const;
export const signOutEverywhere = { ...mine, operationId: 'signOutEverywhere', summary: 'Sign out every session of your account', response: { 200: Ended, ...accountErrors } } as const;
export const getAccount = { ...mine, operationId: 'getAccount', summary: 'Your account, the session\'s CSRF token and your roles per map', response: { 200: AccountAnswer, 401: ErrorResponse, 500: ErrorResponse } } as const;
export const changePassword = { ...mine, operationId: 'changePassword', summary: 'Change your password; your other sessions end', body: PasswordBody, response: { 200: PasswordChanged, ...accountErrors } } as const;
export const createResetLink = { ...siteAdmin, operationId: 'createResetLink', summary: 'A one-time password reset link for an account, to hand over (site admins)', params: Type.Object({ id: AccountId }), response: { 201: ResetLink, ...accountErrors } } as const;
export const forgotPassword = {
  ...open, operationId: 'forgotPassword', summary: 'E-mail a one-time reset link to this address if an account has it (only when the atlas sends e-mail; 409 no_mail otherwise)',
  body: ForgotBody, response: { 202: ForgotSent, ...accountErrors },
} as const;
export const resetPassword = { ...open, operationId: 'resetPassword', summary: 'Set a new password with a reset link\'s secret; every session of the account ends', body: ResetBody, response: { 200: ResetDone, ...accountErrors } } as const;
export const listTokens = { ...mine, operationId: 'listTokens', summary: 'Your personal API tokens (never their secrets)', response: { 200: TokenList, 401: ErrorResponse, 500: ErrorResponse } } as const;
export const createToken = { ...mine, operationId: 'createToken', summary: 'A new personal API token; its secret is shown this once', body: TokenBody, response: { 201: NewToken, ...accountErrors } } as const;
export const revokeToken = { ...mine, operationId: 'revokeToken', summary: 'Revoke one of your API tokens', params: Type.Object({ id: TokenId }), response: { 200: TokenSchema, ...accountErrors } } as const;

const MemberParams = inMap({ accountId: AccountId });
export const listMembers = { ...mapAdmin, operationId: 'listMembers', summary: 'The members of a map with their roles (the map\'s admins)', params: inMap({}), response: { 200: MemberList, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 500: ErrorResponse } } as const;
export const addMember = { ...mapAdmin, operationId: 'addMember', summary: 'Give the account with this e-mail a role in the map', params: inMap({}), body: NewMemberBody, response: { 201: MemberSchema, ...accountErrors } } as const;
export const setMember = { ...mapAdmin, operationId: 'setMember', summary: 'Set a member\'s role in the map and the organisations they are a steward of', params: MemberParams, body: MemberBody, response: { 200: MemberSchema, ...accountErrors } } as const;
export const removeMember = { ...mapAdmin, operationId: 'removeMember', summary: 'Take a member\'s role in the map away', params: MemberParams, response: { 200: MemberRemoved, ...accountErrors } } as const;
