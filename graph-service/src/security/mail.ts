/**
 * E-mail, sent only when an SMTP server is configured (ATLAS_SMTP_URL): no mail server is assumed,
 * and without one reset links are handed over by an admin. Sending is nodemailer's.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export const DEFAULT_MAIL_FROM = 'Alliance Atlas <no-reply@localhost>';

/** A mailer for an smtp:// or smtps:// address (user and password in it when the server wants them). */
export function smtpMailer(url: string, from = DEFAULT_MAIL_FROM): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

/** The configured mailer, or none when ATLAS_SMTP_URL is unset. */
export function mailerFor(config: Pick<Config, 'ATLAS_SMTP_URL' | 'ATLAS_MAIL_FROM'>): Mailer | undefined {
  return config.ATLAS_SMTP_URL ? smtpMailer(config.ATLAS_SMTP_URL, config.ATLAS_MAIL_FROM) : undefined;
}

/** The message that carries a reset link: plain words, the link, how long it works, what to do if unasked. */
export function resetLinkMail(to: string, name: string, link: string, expiresAt: string): MailMessage {
  const until = new Date(expiresAt).toUTCString().replace(' GMT', ' UTC');
  return {
    to,
    subject: 'Set a new password for Alliance Atlas',
    text: [
      `Hello ${name},`,
      '',
      'Someone (you, or an admin of your atlas) asked for a link to set a new password for your Alliance Atlas account.',
      `Open it to choose a new password. It works once, until ${until}:`,
      '',
      link,
      '',
      'If you did not ask for it, you can ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}
