/**
 * The database a command works on: the one NEO4J_URI names, the Neo4j of a running `npm start`
 * (shared, never a second start on its store), a detached one, or the managed one started for the
 * command and stopped after it. Progress lines go to standard error, so standard output stays the command's.
 */
import { loadConfig, type Config } from '../graph-service/src/config.ts';
import { closeDatabase, openDatabase, type Database } from '../graph-service/src/db/connection.ts';

export async function openCommandDatabase(config: Config = loadConfig()): Promise<Database> {
  return openDatabase(config, (line) => console.error(line), { shareWithService: true });
}

/** Runs `work` on the command's database and closes it (stopping a Neo4j started for the command). */
export async function withCommandDatabase<T>(work: (db: Database) => Promise<T>, config?: Config): Promise<T> {
  const db = await openCommandDatabase(config);
  try {
    return await work(db);
  } finally {
    await closeDatabase(db);
  }
}
