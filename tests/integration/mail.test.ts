/**
 * E-mail, when an SMTP server is configured (a real one, in this process, on a free port): a person
 * who forgot their password asks for a link, receives it, and sets a new password with it; an
 * address without an account gets the same answer and no mail; an admin's reset link is mailed
 * too. Without SMTP, asking answers 409 `no_mail` and nothing is sent.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../graph-service/src/app.ts';
import { smtpMailer } from '../../graph-service/src/security/mail.ts';
import { as, makeAccount, signIn } from '../support/accounts.ts';
import { resetAndSeed, testDatabase } from '../support/db.ts';

interface Received {
  to: string;
  subject: string;
  text: string;
}

const db = testDatabase();
const received: Received[] = [];
let waiting: (() => void)[] = [];
let smtp: SMTPServer;
let app: FastifyInstance;

const mailCount = async (n: number): Promise<void> => {
  const deadline = Date.now() + 20_000;
  while (received.length < n && Date.now() < deadline) await new Promise<void>((resolve) => { waiting.push(resolve); setTimeout(resolve, 250); });
};

beforeAll(async () => {
  await resetAndSeed(db);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), subject: mail.subject ?? '', text: mail.text ?? '' });
        for (const wake of waiting) wake();
        waiting = [];
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  app = await buildApp({ db, access: 'accounts', mailer: smtpMailer(`smtp://127.0.0.1:${port}`, 'Test Atlas <atlas@example.org>') });
  await makeAccount(app, 'forgetful@example.org', { name: 'Forgetful Coordinator' });
  await makeAccount(app, 'admin@example.org', { name: 'Site Admin', siteAdmin: true });
});

afterAll(async () => {
  await app?.close();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await db.driver.close();
});

describe('with SMTP configured', () => {
  it('says so, and e-mails a working reset link to a person who forgot their password; an unknown address gets the same answer and no mail', async () => {
    expect((await app.inject('/api/session')).json()).toMatchObject({ mode: 'accounts', sendsMail: true });
    const unknown = await app.inject({ method: 'POST', url: '/api/account/forgot', payload: { email: 'nobody@example.org' } });
    const known = await app.inject({ method: 'POST', url: '/api/account/forgot', payload: { email: 'Forgetful@Example.org' } });
    expect([unknown.statusCode, unknown.json()]).toEqual([202, { sent: true }]);
    expect([known.statusCode, known.json()]).toEqual([202, { sent: true }]);

    await mailCount(1);
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail).toMatchObject({ to: 'forgetful@example.org', subject: 'Set a new password for Alliance Atlas' });
    expect(mail.text).toMatch(/^Hello Forgetful Coordinator,/);
    const token = /\/reset#(atr_\S+)/.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    const reset = await app.inject({ method: 'POST', url: '/api/account/reset', payload: { token, password: 'a remembered passphrase' } });
    expect(reset.json()).toEqual({ reset: true, email: 'forgetful@example.org' });
    await signIn(app, 'forgetful@example.org', 'a remembered passphrase');
  });

  it("mails an admin's reset link to the account too", async () => {
    const admin = await signIn(app, 'admin@example.org');
    const forgetful = (await app.atlasAccounts.list()).find((a) => a.email === 'forgetful@example.org')!;
    const before = received.length;
    const made = await as(app, admin, { method: 'POST', url: `/api/accounts/${forgetful.id}/reset-link` });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ mailed: true });
    await mailCount(before + 1);
    expect(received[before].to).toBe('forgetful@example.org');
    expect(received[before].text).toContain(made.json().link);
  });
});

describe('without SMTP', () => {
  it('says so, answers 409 no_mail to a request for a link, and sends nothing', async () => {
    const plain = await buildApp({ db, access: 'accounts' });
    try {
      expect((await plain.inject('/api/session')).json()).toMatchObject({ sendsMail: false });
      const before = received.length;
      const asked = await plain.inject({ method: 'POST', url: '/api/account/forgot', payload: { email: 'forgetful@example.org' } });
      expect(asked.statusCode).toBe(409);
      expect(asked.json()).toMatchObject({ error: 'no_mail', message: expect.stringMatching(/Ask a site admin/) });
      await new Promise((r) => setTimeout(r, 500));
      expect(received.length).toBe(before);
    } finally {
      await plain.close();
    }
  });
});
