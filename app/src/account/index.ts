/** Accounts in the app: the session store, the header's account menu, the open-mode banner, the reset page and what the open map allows. */
export { AccountMenu } from './AccountMenu';
export { MapAccessContext, mayDo, useMapAccess, type MayDo } from './mapAccess';
export { OpenModeBanner } from './OpenModeBanner';
export { RESET_PATH, ResetPage } from './ResetPage';
export { refreshSession, useSession } from './session';
