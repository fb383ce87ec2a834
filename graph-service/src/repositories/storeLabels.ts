/**
 * Every label Alliance Atlas writes, in one list: the map data, the maps' records, the seed's
 * ledger, and what accounts, history and the directory keep. A node with none of them is someone
 * else's (the seed refuses such a database); a backup holds every Atlas node but the sessions.
 */
import { ENTITY_LABEL, MAP_LABEL, SEED_LEDGER_LABEL } from './schemaRepository.ts';

/** Sign-in state: a restore signs everyone out rather than bring back sessions that had ended. */
export const SESSION_LABEL = 'Session';

export const ATLAS_LABELS = [ENTITY_LABEL, MAP_LABEL, SEED_LEDGER_LABEL, 'Account', SESSION_LABEL, 'ApiToken', 'Membership', 'Change', 'Contact'] as const;

/** What a backup holds. */
export const BACKUP_LABELS = ATLAS_LABELS.filter((label) => label !== SESSION_LABEL);
