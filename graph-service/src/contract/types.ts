/**
 * The static types of the contract's schemas, named once for everyone who sends or reads them:
 * the service's code and the app's client (`import type` only, so no TypeBox reaches the app).
 */
import type { Static, TSchema } from 'typebox';
import type { EntitySchema, ErrorResponse, GraphSchema, TieSchema } from './common.ts';
import type { NodeDetailsSchema } from './graph.ts';
import type { ChangeList, ChangeSchema, ImportReverted } from './history.ts';
import type { ColumnMapping, ColumnUse, CommitResult, FilesBody, ImportPlan, NewMapCommitResult, PlanRow } from './interchange.ts';
import type {
  AccountAnswer, AccountSchema, Ended, ForgotSent, MemberBody, MemberList, MemberSchema, MembershipSchema, NewMemberBody, NewToken, PasswordChanged, ResetDone, SessionState, SignedIn, TokenList, TokenSchema,
} from './accounts.ts';
import type { CopiedNode, CopyNodeBody, DuplicateBody, Duplicated, LayoutAnswer, LayoutBody, MapAccess, MapChanges, MapCreateBody, MapDeleted, MapDetails, MapFigures, MapList, MapSchema, MapWithFigures } from './maps.ts';
import type { PathAnswer, SearchAnswer, StatsAnswer, ThemeOverview } from './queries.ts';
import type { MergeAnswer, MergeBody, NodeChanges, NodeCreateBody, NodeDeleted, TieCreateBody, TieDeleted } from './writes.ts';

export type { ErrorCode } from './errorCodes.ts';
export type { Format, Outcome } from './lists.ts';

type StaticOf<T extends Record<string, TSchema>> = { [K in keyof T]: Static<T[K]> };

/** Answers of the reads. */
export type Reads = StaticOf<{ graph: typeof GraphSchema; node: typeof NodeDetailsSchema; search: typeof SearchAnswer; paths: typeof PathAnswer; stats: typeof StatsAnswer; theme: typeof ThemeOverview }>;
/** What writes answer and take. */
export type Writes = StaticOf<{ entity: typeof EntitySchema; tie: typeof TieSchema; nodeCreate: typeof NodeCreateBody; nodeChanges: typeof NodeChanges; tieCreate: typeof TieCreateBody; tieDeleted: typeof TieDeleted; nodeDeleted: typeof NodeDeleted; merge: typeof MergeBody; merged: typeof MergeAnswer }>;
/** What import takes and answers. */
export type Imports = StaticOf<{ plan: typeof ImportPlan; row: typeof PlanRow; column: typeof ColumnUse; mapping: typeof ColumnMapping; commit: typeof CommitResult; newMapCommit: typeof NewMapCommitResult; filesBody: typeof FilesBody }>;
/** The maps themselves: the list, one map's record, its changes, its layout, duplicates and copies. */
export type Maps = StaticOf<{
  list: typeof MapList; map: typeof MapSchema; withFigures: typeof MapWithFigures; details: typeof MapDetails; access: typeof MapAccess; figures: typeof MapFigures; create: typeof MapCreateBody; changes: typeof MapChanges;
  deleted: typeof MapDeleted; duplicate: typeof DuplicateBody; duplicated: typeof Duplicated; layout: typeof LayoutAnswer; layoutBody: typeof LayoutBody; copy: typeof CopyNodeBody; copied: typeof CopiedNode;
}>;
/** The history: one change, a list of them, an import's revert. */
export type History = StaticOf<{ change: typeof ChangeSchema; list: typeof ChangeList; importReverted: typeof ImportReverted }>;
/** Accounts: the session, one's account, tokens, and a map's members. */
export type Accounts = StaticOf<{
  state: typeof SessionState; signedIn: typeof SignedIn; account: typeof AccountSchema; me: typeof AccountAnswer; membership: typeof MembershipSchema; ended: typeof Ended;
  passwordChanged: typeof PasswordChanged; resetDone: typeof ResetDone; forgotSent: typeof ForgotSent; token: typeof TokenSchema; tokens: typeof TokenList; newToken: typeof NewToken;
  member: typeof MemberSchema; members: typeof MemberList; memberBody: typeof MemberBody; newMember: typeof NewMemberBody;
}>;
/** Every error answer. */
export type ErrorAnswer = Static<typeof ErrorResponse>;
