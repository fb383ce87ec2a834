/** Configuration from the environment, checked once at start-up. */
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

/** A backup period: a number and m, h or d ("30m", "24h", "7d"). */
export const PERIOD_PATTERN = '^[1-9]\\d*[mhd]$';

const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 4173, description: '0 picks a free port' }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  NEO4J_URI: Type.Optional(Type.String({ pattern: '^(bolt|neo4j)(\\+s|\\+ssc)?://.+' })),
  NEO4J_USERNAME: Type.String({ default: 'neo4j' }),
  NEO4J_PASSWORD: Type.Optional(Type.String()),
  NEO4J_DATABASE: Type.String({ minLength: 1, default: 'neo4j' }),
  NEO4J_BOLT_PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 7687 }),
  NEO4J_HEAP: Type.String({ pattern: '^\\d+[mg]$', default: '2g' }),
  NEO4J_PAGECACHE: Type.String({ pattern: '^\\d+[mg]$', default: '1g' }),
  /** npm start's request log level (one JSON line per request on stdout); `silent` turns it off. */
  ATLAS_LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { default: 'info' }),
  /** How long a stop waits for requests in flight (writes among them) before closing the database anyway. */
  ATLAS_SHUTDOWN_GRACE_MS: Type.Integer({ minimum: 0, maximum: 600_000, default: 10_000 }),
  /** When set, only callers that send `Authorization: Bearer <key>` see people and may write. */
  ATLAS_EDITOR_KEY: Type.Optional(Type.String({ minLength: 12, description: 'at least 12 characters' })),
  /** open: no sign-in, everyone may edit; accounts: sign-in decides. Unset: accounts once an account exists or HOST is not loopback. */
  ATLAS_ACCESS: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('accounts')])),
  /** Other sites (comma-separated origins, e.g. https://atlas.example.org) whose pages may send changes. */
  ATLAS_ALLOWED_ORIGINS: Type.Optional(Type.String()),
  /** Host names the service answers to (comma-separated); default the loopback names and HOST. */
  ATLAS_ALLOWED_HOSTS: Type.Optional(Type.String()),
  /** true behind a reverse proxy that sets X-Forwarded-Proto/For (https cookies are then Secure). */
  ATLAS_TRUST_PROXY: Type.Optional(Type.Boolean()),
  /** When set (e.g. 24h, 30m, 7d), the running service writes a portable backup every period. */
  ATLAS_BACKUP_EVERY: Type.Optional(Type.String({ pattern: PERIOD_PATTERN, description: 'a number and m, h or d, e.g. 24h' })),
  /** How many scheduled backups to keep; older ones are removed. */
  ATLAS_BACKUP_KEEP: Type.Integer({ minimum: 1, default: 7 }),
  /** Where backups go (owner-only); .neo4j/backups when unset. */
  ATLAS_BACKUP_DIR: Type.Optional(Type.String({ minLength: 1 })),
  /** An SMTP server (smtp://user:password@host:587 or smtps://…): reset links are then also e-mailed, and people may ask for one. */
  ATLAS_SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://', description: 'an smtp:// or smtps:// address' })),
  /** The sender of the atlas's e-mails, e.g. "Battersea Alliance Atlas <atlas@example.org>". */
  ATLAS_MAIL_FROM: Type.Optional(Type.String({ minLength: 3 })),
});

/** A comma-separated setting as a list. */
export function listSetting(text: string | undefined): string[] {
  return (text ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}
export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(`config: ${message}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const converted = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, raw));
  const errors = [...Value.Errors(ConfigSchema, converted)];
  if (errors.length > 0) {
    const messages = errors.map((e) => `${e.instancePath.slice(1)} ${e.message}`);
    throw new ConfigError(`invalid environment: ${messages.join('; ')}`);
  }
  const config = converted as Config;
  if (config.NEO4J_URI && !config.NEO4J_PASSWORD) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set both, or neither to let Atlas run its own Neo4j.');
  }
  return config;
}
