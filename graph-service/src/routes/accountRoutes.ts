/** HTTP for signing in and out, one's own account (password, API tokens) and reset links. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  changePassword, createResetLink, createToken, forgotPassword, getAccount, getSession, listTokens, resetPassword, revokeToken, signIn, signOut, signOutEverywhere,
} from '../contract/accounts.ts';
import { RateLimitedError } from '../errors.ts';
import { overLimit, SESSION_COOKIE } from '../security/plugin.ts';
import type { AccountService } from '../services/accountService.ts';

export interface AccountRoutesOptions {
  service: AccountService;
  /** Sign-in attempts per minute from one address, and for one e-mail address. */
  signInsPerMinute: { perAddress: number; perAccount: number };
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over https (behind a trusted proxy too). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, secret: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, secret, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', expires: expiresAt });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}

export const accountRoutes: FastifyPluginAsyncTypebox<AccountRoutesOptions> = async (app, { service, signInsPerMinute }) => {
  const perAccount = app.createRateLimit({ max: signInsPerMinute.perAccount, timeWindow: 60_000, keyGenerator: (request) => `sign-in:${String((request.body as { email?: string })?.email ?? '').toLowerCase()}` });
  const perAddress = { rateLimit: {
    max: signInsPerMinute.perAddress, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `sign-in:${request.ip}`,
    errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) => new RateLimitedError(Math.max(1, Math.ceil(context.ttl / 1000)), 'sign-in attempts'),
  } };

  app.get('/api/session', { schema: getSession }, async (request) => service.state(request.identity));

  app.post('/api/session', { schema: signIn, config: perAddress }, async (request, reply) => {
    const wait = overLimit(await perAccount(request));
    if (wait) throw new RateLimitedError(wait, 'sign-in attempts for this account');
    const session = await service.signIn(request.body.email, request.body.password);
    setSessionCookie(request, reply, session.secret, session.expiresAt);
    return { account: session.account, csrfToken: session.csrfToken };
  });

  app.delete('/api/session', { schema: signOut }, async (request, reply) => {
    const answer = await service.signOut(request.identity);
    clearSessionCookie(request, reply);
    return answer;
  });
  app.delete('/api/sessions', { schema: signOutEverywhere }, async (request, reply) => {
    const answer = await service.signOutEverywhere(request.identity);
    clearSessionCookie(request, reply);
    return answer;
  });

  app.get('/api/account', { schema: getAccount }, async (request) => service.account(request.identity));
  app.put('/api/account/password', { schema: changePassword }, async (request) => service.changePassword(request.identity, request.body.current, request.body.next));
  app.post('/api/accounts/:id/reset-link', { schema: createResetLink }, async (request, reply) =>
    reply.status(201).send(await service.resetLink(request.params.id, `${request.protocol}://${request.host}`)));
  app.post('/api/account/forgot', { schema: forgotPassword, config: perAddress }, async (request, reply) =>
    reply.status(202).send(service.forgotPassword(request.body.email, `${request.protocol}://${request.host}`)));
  app.post('/api/account/reset', { schema: resetPassword, config: perAddress }, async (request) => service.reset(request.body.token, request.body.password));

  app.get('/api/account/tokens', { schema: listTokens }, async (request) => service.tokens(request.identity));
  app.post('/api/account/tokens', { schema: createToken }, async (request, reply) => reply.status(201).send(await service.createToken(request.identity, request.body.name)));
  app.delete('/api/account/tokens/:id', { schema: revokeToken }, async (request) => service.revokeToken(request.identity, request.params.id));
};
