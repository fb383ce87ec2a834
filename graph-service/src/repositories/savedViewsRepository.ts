/**
 * Cypher for a map's saved views. They are kept on the map's own `:Map` node as one JSON property
 * (`savedViews`), as the saved layout is: they are the map's presentation, not its data, so no
 * graph read, export or analysis meets them, and deleting the map deletes them. A change locks the
 * map's node (a marker property removed before commit), so two saves never lose one another.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { writeTransaction } from '../db/transactions.ts';
import { NoMapError } from '../errors.ts';
import type { SavedView } from '../model/savedViews.ts';
import { MAP_LABEL } from './schemaRepository.ts';

const parse = (text: unknown): SavedView[] => (typeof text === 'string' ? (JSON.parse(text) as SavedView[]) : []);

export class SavedViewsRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  async list(map: string): Promise<SavedView[]> {
    const { records } = await this.driver.executeQuery(`MATCH (m:${MAP_LABEL} {id: $map}) RETURN m.savedViews AS views`, { map }, { database: this.database, routing: 'READ' });
    if (records.length === 0) throw new NoMapError(map);
    return parse(records[0].get('views'));
  }

  /**
   * Reads the map's views with its node locked, lets `change` make the new list (it may throw to
   * change nothing), writes that list and answers what `change` answered.
   */
  async change<T>(map: string, change: (views: SavedView[]) => { views: SavedView[]; answer: T }): Promise<T> {
    return writeTransaction(this.driver, this.database, async (tx: ManagedTransaction) => {
      const locked = await tx.run(`MATCH (m:${MAP_LABEL} {id: $map}) SET m.__lock = true REMOVE m.__lock RETURN m.savedViews AS views`, { map });
      if (locked.records.length === 0) throw new NoMapError(map);
      const { views, answer } = change(parse(locked.records[0].get('views')));
      await tx.run(`MATCH (m:${MAP_LABEL} {id: $map}) SET m.savedViews = $views`, { map, views: JSON.stringify(views) });
      return answer;
    });
  }
}
