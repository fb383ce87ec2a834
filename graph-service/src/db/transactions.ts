/** Runs one write transaction; a uniqueness clash (two writers racing for an id) becomes a 409. */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ConflictError } from '../errors.ts';

export async function writeTransaction<T>(driver: Driver, database: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(work);
  } catch (error) {
    if ((error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new ConflictError('Something with that id was created at the same moment. Try again.');
    }
    throw error;
  } finally {
    await session.close();
  }
}
