/**
 * Accounts' rules: sign-in (scrypt, constant-time, lock-out after repeated failures), sessions with
 * sliding expiry, sign-out here and everywhere, password change (other sessions end), one-time
 * reset links an admin hands over (also e-mailed, and asked for by the person, when SMTP is
 * configured), and personal API tokens (shown once, stored hashed).
 */
import type { Static } from 'typebox';
import type { Identity } from '../access.ts';
import type { AccountAnswer, SessionState } from '../contract/accounts.ts';
import { AccountLockedError, BadRequestError, ConflictError, NoMailError, NotFoundError, UnauthorizedError, WrongCredentialsError } from '../errors.ts';
import { publicAccount, type AccountRecord, type AccountRepository } from '../repositories/accountRepository.ts';
import type { MembershipRepository } from '../repositories/membershipRepository.ts';
import type { SessionRepository, TokenRecord } from '../repositories/sessionRepository.ts';
import { resetLinkMail, type Mailer } from '../security/mail.ts';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from '../security/passwords.ts';
import { newSecret, sha256 } from '../security/secrets.ts';
import { SESSION_IDLE_MS, type AccessService } from './accessService.ts';

/** After this many failed sign-ins in a row, the account is locked for LOCK_MS. */
export const FAILED_SIGN_IN_LIMIT = 10;
export const LOCK_MS = 15 * 60_000;
/** A reset link works once, for this long. */
export const RESET_LINK_MS = 24 * 3600_000;

export interface NewSession {
  account: AccountRecord;
  /** The cookie's value: known to the browser only; the store keeps its sha256. */
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

function passwordAccepted(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new BadRequestError(problem, [{ field, code: 'bad_format', message: problem }]);
}

export class AccountService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly memberships: MembershipRepository,
    private readonly access: AccessService,
    /** Only when an SMTP server is configured; without one, no e-mail is ever sent. */
    private readonly mailer?: Mailer,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Whether the atlas sends e-mail, so a person may ask for a reset link themselves. */
  get sendsMail(): boolean {
    return this.mailer !== undefined;
  }

  /** Creates an account (the command line's `user add`, and tests). */
  async create(input: { email: string; name: string; password: string; siteAdmin: boolean }): Promise<AccountRecord> {
    passwordAccepted(input.password, '/password');
    if (await this.accounts.byEmail(input.email)) throw new ConflictError(`An account with the e-mail ${input.email.toLowerCase()} exists already.`);
    const created = await this.accounts.create({ email: input.email, name: input.name.trim(), siteAdmin: input.siteAdmin, passwordHash: await hashPassword(input.password) });
    this.access.recheckMode();
    return created;
  }

  async signIn(email: string, password: string, now = new Date()): Promise<NewSession> {
    this.access.recheckMode();
    const account = await this.accounts.byEmail(email);
    // Without an account the decoy is verified, so an unknown e-mail takes as long as a wrong password.
    const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
    if (!account) throw new WrongCredentialsError();
    if (account.lockedUntil && account.lockedUntil > now.toISOString()) throw new AccountLockedError(account.lockedUntil);
    if (!matches) {
      const after = await this.accounts.signInFailed(account.id, FAILED_SIGN_IN_LIMIT, new Date(now.getTime() + LOCK_MS).toISOString());
      if (after.lockedUntil && after.lockedUntil > now.toISOString()) throw new AccountLockedError(after.lockedUntil);
      throw new WrongCredentialsError();
    }
    await this.accounts.signInSucceeded(account.id);
    const secret = newSecret('ats');
    const csrfToken = newSecret('csrf');
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    await this.sessions.createSession({ id: sha256(secret), accountId: account.id, csrf: csrfToken, createdAt: now.toISOString(), lastSeenAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
    if (Math.random() < 0.05) await this.sessions.deleteExpired(now.toISOString());
    return { account: publicAccount(account), secret, csrfToken, expiresAt };
  }

  private async signedIn(identity: Identity): Promise<AccountRecord> {
    const account = identity.account && (await this.accounts.byId(identity.account.id));
    if (!account) throw new UnauthorizedError('This is about your own account: sign in first.');
    return publicAccount(account);
  }

  async state(identity: Identity): Promise<Static<typeof SessionState>> {
    const mode = (await this.access.isOpen()) ? 'open' : 'accounts';
    if (!identity.account) return { mode, sendsMail: this.sendsMail, account: null, csrfToken: null, memberships: [] };
    const answer = await this.account(identity);
    return { mode, sendsMail: this.sendsMail, ...answer };
  }

  async account(identity: Identity): Promise<Static<typeof AccountAnswer>> {
    const account = await this.signedIn(identity);
    const memberships = (await this.memberships.ofAccount(account.id)).map(({ map, role, stewardOf }) => ({ map, role, stewardOf }));
    return { account, csrfToken: identity.session?.csrf ?? null, memberships };
  }

  async signOut(identity: Identity): Promise<{ ended: number }> {
    await this.signedIn(identity);
    if (!identity.session) return { ended: 0 };
    await this.sessions.deleteSession(identity.session.id);
    return { ended: 1 };
  }

  async signOutEverywhere(identity: Identity): Promise<{ ended: number }> {
    const account = await this.signedIn(identity);
    return { ended: await this.sessions.deleteSessionsOf(account.id) };
  }

  async changePassword(identity: Identity, current: string, next: string): Promise<{ changed: true; ended: number }> {
    const account = await this.signedIn(identity);
    const stored = await this.accounts.byId(account.id);
    if (!stored || !(await verifyPassword(current, stored.passwordHash))) {
      throw new BadRequestError('Your current password is not right: the password was not changed.', [{ field: '/current', code: 'not_allowed', message: 'is not your current password' }]);
    }
    passwordAccepted(next, '/next');
    const ended = await this.accounts.setPassword(account.id, await hashPassword(next), identity.session?.id ?? null);
    return { changed: true, ended };
  }

  /**
   * A one-time link for an account, to hand over: `base` is where the app is reached (the request's
   * origin). With SMTP configured it is also e-mailed to the account's address.
   */
  async resetLink(accountId: string, base: string, now = new Date()): Promise<{ link: string; expiresAt: string; mailed: boolean }> {
    const account = await this.accounts.byId(accountId);
    if (!account) throw new NotFoundError(`No account has the id "${accountId}".`);
    const secret = newSecret('atr');
    const expiresAt = new Date(now.getTime() + RESET_LINK_MS).toISOString();
    await this.accounts.createReset(account.id, sha256(secret), expiresAt, now.toISOString());
    const link = `${base.replace(/\/+$/, '')}/reset#${secret}`;
    if (this.mailer) await this.mailer.send(resetLinkMail(account.email, account.name, link, expiresAt));
    return { link, expiresAt, mailed: this.mailer !== undefined };
  }

  async resetLinkFor(email: string, base: string): Promise<{ link: string; expiresAt: string; mailed: boolean }> {
    const account = await this.accounts.byEmail(email);
    if (!account) throw new NotFoundError(`No account has the e-mail ${email.toLowerCase()}.`);
    return this.resetLink(account.id, base);
  }

  /**
   * "I forgot my password": with SMTP configured, a reset link goes to the address if an account has
   * it. The answer is the same either way and comes before any lookup or sending, so it tells no one
   * which addresses have accounts. Without SMTP, 409 `no_mail`: an admin hands links over instead.
   */
  forgotPassword(email: string, base: string): { sent: true } {
    if (!this.mailer) throw new NoMailError();
    void (async () => {
      const account = await this.accounts.byEmail(email);
      if (account) await this.resetLink(account.id, base);
    })().catch((error: unknown) => this.log(`accounts: a reset link could not be e-mailed (${(error as Error).message.split('\n')[0]}).`));
    return { sent: true };
  }

  async reset(token: string, password: string): Promise<{ reset: true; email: string }> {
    passwordAccepted(password, '/password');
    const accountId = await this.accounts.redeemReset(sha256(token), await hashPassword(password));
    if (!accountId) throw new BadRequestError('This reset link is not valid: it was used already, replaced by a newer one, or has expired. Ask a site admin for a new one.', [{ field: '/token', code: 'not_allowed', message: 'is not a valid reset link' }]);
    const account = await this.accounts.byId(accountId);
    return { reset: true, email: account?.email ?? '' };
  }

  async tokens(identity: Identity): Promise<{ tokens: TokenRecord[] }> {
    const account = await this.signedIn(identity);
    return { tokens: await this.sessions.tokens(account.id) };
  }

  async createToken(identity: Identity, name: string): Promise<{ token: TokenRecord; secret: string }> {
    const account = await this.signedIn(identity);
    const secret = newSecret('atk');
    const token = await this.sessions.createToken(account.id, name.trim() || 'API token', sha256(secret));
    return { token, secret };
  }

  async revokeToken(identity: Identity, id: string): Promise<TokenRecord> {
    const account = await this.signedIn(identity);
    const token = await this.sessions.revokeToken(account.id, id);
    if (!token) throw new NotFoundError(`You have no API token with the id "${id}".`);
    return token;
  }

  list(): Promise<AccountRecord[]> {
    return this.accounts.list();
  }
}
