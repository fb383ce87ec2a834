/**
 * A person's work contact details (the `:Contact` record beside a Person, never on it): a work
 * e-mail address and a work phone number of their role. Problems never repeat the value given,
 * so an answer or a log line never carries a contact detail.
 */
import type { FieldProblem } from '../problems.ts';

export const CONTACT_EMAIL_LENGTH = 254;
export const CONTACT_PHONE_LENGTH = 32;

export interface ContactDetails {
  email: string | null;
  phone: string | null;
}

// A practical address check (one @, a dotted domain, no spaces); the full RFC 5322 grammar accepts
// far more than any organisation hands out, so a library for it would only let typing slips through.
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
/** Mailboxes people hold for themselves: a work address of a role is on the organisation's domain. */
const PERSONAL_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'live.com', 'live.co.uk', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'btinternet.com', 'protonmail.com', 'proton.me', 'gmx.com', 'mail.com',
]);
/** Digits with the usual separators: +44 20 7946 0000, (020) 7946 0000, 020-7946-0000; 7 to 15 digits (E.164). */
const PHONE = /^\+?[0-9 ()-]+$/;

/** Checks details as given; blank strings count as absent. Answers the cleaned details and the problems. */
export function checkContact(input: { email?: string | null; phone?: string | null }): { details: ContactDetails; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const email = input.email?.trim() ? input.email.trim().toLowerCase() : null;
  const phone = input.phone?.trim() ? input.phone.trim().replace(/\s+/g, ' ') : null;
  if (email !== null) {
    if (email.length > CONTACT_EMAIL_LENGTH || !EMAIL.test(email)) {
      problems.push({ field: '/email', code: 'bad_format', message: 'Write a work e-mail address as name@organisation.org.uk.' });
    } else if (PERSONAL_MAIL_DOMAINS.has(email.slice(email.lastIndexOf('@') + 1))) {
      problems.push({ field: '/email', code: 'personal_data', message: "That looks like a personal mailbox: give the address of the person's role at their organisation." });
    }
  }
  if (phone !== null) {
    const digits = phone.replace(/\D/g, '').length;
    if (phone.length > CONTACT_PHONE_LENGTH || !PHONE.test(phone) || digits < 7 || digits > 15) {
      problems.push({ field: '/phone', code: 'bad_format', message: 'Write a work phone number with 7 to 15 digits, e.g. +44 20 7946 0000 or 020 7946 0000.' });
    }
  }
  if (email === null && phone === null && problems.length === 0) {
    problems.push({ field: '/email', code: 'required', message: 'Give a work e-mail address or phone number (to remove both, delete the contact details).' });
  }
  return { details: { email, phone }, problems };
}
