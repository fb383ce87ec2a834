/**
 * Turns a request's credentials into an Identity (session cookie, personal API token, or the editor
 * key) and an Identity into a Viewer per map. Also decides open mode: with `auto`, the service is
 * open (everyone an admin, as a local install always was) until the first account exists. While
 * open, the count is looked up again at most every 30 s (an account made on the command line beside
 * the service) and at once on any sign-in attempt; once accounts exist the service stays closed and
 * never counts again, as no account is ever removed.
 */
import { EDITOR_KEY_HOLDER, NOBODY, generalViewer, isSiteAdmin, viewerInMap, type Identity, type Viewer } from '../access.ts';
import { NoMapError } from '../errors.ts';
import type { MapRecord } from '../model/maps.ts';
import type { AccountRepository } from '../repositories/accountRepository.ts';
import type { MapRepository } from '../repositories/mapRepository.ts';
import type { MembershipRepository } from '../repositories/membershipRepository.ts';
import type { SessionRepository } from '../repositories/sessionRepository.ts';
import { sameText, sha256 } from '../security/secrets.ts';

export type AccessMode = 'open' | 'accounts' | 'auto';

/** A session lives this long after its last use. */
export const SESSION_IDLE_MS = 14 * 24 * 3600_000;
/** A session's expiry is moved on at most this often, so reads do not each write. */
const TOUCH_EVERY_MS = 60_000;
const MODE_RECHECK_MS = 30_000;

export class AccessService {
  private cachedOpen: { open: boolean; at: number } | undefined;

  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly memberships: MembershipRepository,
    private readonly maps: MapRepository,
    private readonly mode: AccessMode,
    private readonly editorKey: string | undefined,
  ) {}

  /** Whether everyone is an admin now (open mode). */
  async isOpen(): Promise<boolean> {
    if (this.mode !== 'auto') return this.mode === 'open';
    if (this.cachedOpen?.open === false) return false;
    const now = Date.now();
    if (!this.cachedOpen || now - this.cachedOpen.at > MODE_RECHECK_MS) {
      this.cachedOpen = { open: (await this.accounts.count()) === 0, at: now };
    }
    return this.cachedOpen.open;
  }

  /** While open, the next request counts the accounts again (called on every sign-in attempt and account made). */
  recheckMode(): void {
    if (this.cachedOpen?.open) this.cachedOpen = undefined;
  }

  /** Who sent the request. A bearer credential wins over a cookie; a bad or revoked one is nobody. */
  async identify(cookie: string | undefined, authorization: string | undefined, now = new Date()): Promise<Identity & { badBearer?: boolean; renewed?: Date }> {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (bearer) {
      if (this.editorKey && sameText(bearer, this.editorKey)) return EDITOR_KEY_HOLDER;
      const found = await this.sessions.token(sha256(bearer));
      if (!found || found.token.revokedAt) return { ...NOBODY, badBearer: true };
      await this.sessions.tokenUsed(found.token.id, now.toISOString());
      const { id, name, siteAdmin } = found.account;
      return { via: 'token', account: { id, name, siteAdmin } };
    }
    if (!cookie) return NOBODY;
    const sessionId = sha256(cookie);
    const found = await this.sessions.session(sessionId, now.toISOString());
    if (!found) return NOBODY;
    let renewed: Date | undefined;
    if (now.getTime() - Date.parse(found.session.lastSeenAt) > TOUCH_EVERY_MS) {
      renewed = new Date(now.getTime() + SESSION_IDLE_MS);
      await this.sessions.touchSession(sessionId, now.toISOString(), renewed.toISOString());
    }
    const { id, name, siteAdmin } = found.account;
    return { via: 'session', account: { id, name, siteAdmin }, session: { id: sessionId, csrf: found.session.csrf }, ...(renewed ? { renewed } : {}) };
  }

  async general(identity: Identity): Promise<Viewer> {
    return generalViewer(identity, await this.isOpen());
  }

  /**
   * The caller's Viewer in a map. A map that is not published is not there for a caller who is not
   * a member of it (404 no_map, as for a map that does not exist).
   */
  async inMap(identity: Identity, map: MapRecord): Promise<Viewer> {
    const open = await this.isOpen();
    const grant = identity.account && !isSiteAdmin(identity, open) ? await this.memberships.of(map.id, identity.account.id) : undefined;
    const viewer = viewerInMap(identity, grant, open);
    if (!map.published && viewer.level === 'public') throw new NoMapError(map.id);
    return viewer;
  }

  /** The ids of the maps the caller may see, or 'all'. */
  async visibleMapIds(identity: Identity): Promise<Set<string> | 'all'> {
    if (isSiteAdmin(identity, await this.isOpen())) return 'all';
    return new Set((await this.visibleMaps(identity, await this.maps.list(true))).map((m) => m.id));
  }

  /** The caller's Viewer in another map than the request's (copying a node there); an unknown map is 404 no_map. */
  async inMapById(identity: Identity, id: string): Promise<Viewer> {
    const map = await this.maps.find(id);
    if (!map) throw new NoMapError(id);
    return this.inMap(identity, map);
  }

  /** Whoever makes a new map (signed in, not a site admin) becomes its admin, or they could not see or manage it. */
  async madeMap(identity: Identity, map: string): Promise<void> {
    if (identity.account && !isSiteAdmin(identity, await this.isOpen())) await this.memberships.put(map, identity.account.id, 'admin', []);
  }

  /** Which of these maps the caller may see listed: published ones, and the unpublished ones they are a member of. */
  async visibleMaps<T extends MapRecord>(identity: Identity, maps: T[]): Promise<T[]> {
    if (isSiteAdmin(identity, await this.isOpen())) return maps;
    const mine = identity.account ? new Set((await this.memberships.ofAccount(identity.account.id)).map((m) => m.map)) : new Set<string>();
    return maps.filter((m) => m.published || mine.has(m.id));
  }
}
