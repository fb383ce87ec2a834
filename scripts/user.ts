/**
 * npm run user -- <command>: accounts from the command line (the first admin is made here).
 *   add --email E --name N [--admin]   the password is asked for (hidden), or read from stdin when piped
 *   list                               every account: e-mail, name, site admin or not
 *   reset-link E [--base URL]          a one-time link to set a new password, to hand to the person
 * Exit codes: 0 done, 1 it failed (the message says why), 2 the command was not understood, 69 no database (scripts/exitCodes.ts).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../graph-service/src/config.ts';
import { closeDatabase } from '../graph-service/src/db/connection.ts';
import { AtlasHttpError } from '../graph-service/src/errors.ts';
import { AccountRepository } from '../graph-service/src/repositories/accountRepository.ts';
import { MapRepository } from '../graph-service/src/repositories/mapRepository.ts';
import { MembershipRepository } from '../graph-service/src/repositories/membershipRepository.ts';
import { applySchema } from '../graph-service/src/repositories/schemaRepository.ts';
import { SessionRepository } from '../graph-service/src/repositories/sessionRepository.ts';
import { AccessService } from '../graph-service/src/services/accessService.ts';
import { AccountService } from '../graph-service/src/services/accountService.ts';
import { mailerFor } from '../graph-service/src/security/mail.ts';
import { openCommandDatabase } from './database.ts';
import { EXIT, exitCodeOf, messageOf } from './exitCodes.ts';

const HELP = `Usage: npm run user -- <command> [options]

Commands:
  add --email E --name N [--admin]   Create an account. The password is asked for (not shown),
                                     or read from standard input when it is piped:
                                       printf '%s\\n' "$PASSWORD" | npm run user -- add --email E --name N
                                     --admin makes a site admin (admin of every map).
  list                               List the accounts.
  reset-link E [--base URL]          A one-time link (24 hours) that lets the account with e-mail E
                                     set a new password. Hand it to them; no e-mail is sent.
                                     --base is where people open Atlas (default http://HOST:PORT).
  --help                             This text.

Exit codes: 0 done, 1 failed, 2 usage error, 69 the database cannot be reached (see the README).`;

class UsageError extends Error {}

/** A password typed at a terminal without echo, or the first line of piped standard input. */
async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += chunk;
    return text.split(/\r?\n/)[0];
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\u0003') { stdin.setRawMode(false); reject(new UsageError('Cancelled.')); return; }
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        if (char === '\u007f') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

const OPTIONS = {
  email: { type: 'string' }, name: { type: 'string' }, admin: { type: 'boolean' }, base: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  password: { type: 'string' },
} as const;

function parsedArguments(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parsedArguments(argv);
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 2;
  }
  if (values.password !== undefined) throw new UsageError('A password is never given as an argument (it would stay in the shell history): type it when asked, or pipe it to standard input.');
  if (!['add', 'list', 'reset-link'].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  if (command === 'add' && (!values.email || !values.name || rest.length > 0)) throw new UsageError('add needs --email and --name.');
  if (command === 'reset-link' && rest.length !== 1) throw new UsageError('reset-link needs the account\'s e-mail.');

  const config = loadConfig();
  const password = command === 'add' ? await readPassword('Password (at least 10 characters): ') : '';
  if (command === 'add' && process.stdin.isTTY && (await readPassword('Again: ')) !== password) throw new AtlasHttpError(400, 'bad_request', 'The two passwords differ: nothing was created.');

  // Beside a running npm start, its Neo4j is shared (database.ts), never opened a second time.
  const db = await openCommandDatabase(config);
  try {
    await applySchema(db.driver, db.database);
    const accountRepository = new AccountRepository(db.driver, db.database);
    const sessions = new SessionRepository(db.driver, db.database);
    const memberships = new MembershipRepository(db.driver, db.database);
    const access = new AccessService(accountRepository, sessions, memberships, new MapRepository(db.driver, db.database), 'accounts', undefined);
    const accounts = new AccountService(accountRepository, sessions, memberships, access, mailerFor(config));
    if (command === 'add') {
      const account = await accounts.create({ email: values.email as string, name: values.name as string, password, siteAdmin: values.admin === true });
      console.log(`Created ${account.siteAdmin ? 'site admin' : 'account'} ${account.email} (${account.name}), id ${account.id}.`);
      if (account.siteAdmin) console.log('Atlas now asks everyone to sign in (within 30 seconds, no restart needed).');
    } else if (command === 'list') {
      const all = await accounts.list();
      if (all.length === 0) console.log('No accounts yet. Create the first admin: npm run user -- add --admin --email E --name N');
      for (const a of all) console.log(`${a.email}\t${a.name}${a.siteAdmin ? '\tsite admin' : ''}\t${a.id}`);
    } else {
      const base = values.base ?? `http://${config.HOST}:${config.PORT}`;
      const { link, expiresAt, mailed } = await accounts.resetLinkFor(rest[0], base);
      console.log(`Reset link for ${rest[0].toLowerCase()} (works once, until ${expiresAt}${mailed ? '; also e-mailed to them' : ''}):\n${link}`);
    }
    return 0;
  } finally {
    await closeDatabase(db);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${HELP}`);
    process.exitCode = EXIT.badArguments;
  } else {
    console.error(`user: ${messageOf(error)}`);
    process.exitCode = exitCodeOf(error);
  }
}
