/**
 * Cypher for a person's work contact details: `(:Contact {map, personId, email, phone, updatedAt})`,
 * beside the map's data and never part of it (not an Entity, tied to nothing), found through the
 * (map, personId) uniqueness constraint. Only the directory service reads it, for callers allowed.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { writeTransaction } from '../db/transactions.ts';
import { NotFoundError } from '../errors.ts';
import type { ContactDetails } from '../model/rules/contact.ts';
import { CONTACT_LABEL } from './schemaRepository.ts';

export interface StoredContact extends ContactDetails {
  personId: string;
  updatedAt: string;
}

const toContact = (p: Record<string, unknown>): StoredContact => ({
  personId: p.personId as string, email: (p.email as string | null) ?? null, phone: (p.phone as string | null) ?? null, updatedAt: p.updatedAt as string,
});

/** A person's contact details inside a transaction (the export and erasure read them with the rest). */
export async function contactIn(tx: ManagedTransaction, map: string, personId: string): Promise<StoredContact | null> {
  const { records } = await tx.run(`MATCH (c:${CONTACT_LABEL} {map: $map, personId: $personId}) RETURN properties(c) AS c`, { map, personId });
  return records.length ? toContact(records[0].get('c')) : null;
}

/** The person must be in the map; the message names the id only, never a contact detail. */
async function lockPerson(tx: ManagedTransaction, map: string, personId: string): Promise<void> {
  const { records } = await tx.run('MATCH (p:Person {map: $map, id: $personId}) SET p.__lock = true REMOVE p.__lock RETURN p.id AS id', { map, personId });
  if (records.length === 0) throw new NotFoundError(`No person in this map has the id "${personId}".`);
}

export class ContactRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    return session.executeRead(work).finally(() => session.close());
  }

  /** A person's details (both null when none are kept); 404 when there is no such person. */
  async get(map: string, personId: string): Promise<StoredContact | { personId: string; email: null; phone: null }> {
    return this.read(async (tx) => {
      const contact = await contactIn(tx, map, personId);
      if (contact) return contact;
      const person = await tx.run('MATCH (p:Person {map: $map, id: $personId}) RETURN p.id AS id', { map, personId });
      if (person.records.length === 0) throw new NotFoundError(`No person in this map has the id "${personId}".`);
      return { personId, email: null, phone: null };
    });
  }

  /** For a person's panel: their details, or null. */
  async find(map: string, personId: string): Promise<StoredContact | null> {
    return this.read((tx) => contactIn(tx, map, personId));
  }

  async put(map: string, personId: string, details: ContactDetails, now = new Date().toISOString()): Promise<StoredContact> {
    return writeTransaction(this.driver, this.database, async (tx) => {
      await lockPerson(tx, map, personId);
      const { records } = await tx.run(
        `MERGE (c:${CONTACT_LABEL} {map: $map, personId: $personId})
         SET c.email = $email, c.phone = $phone, c.updatedAt = $now
         RETURN properties(c) AS c`,
        { map, personId, email: details.email, phone: details.phone, now },
      );
      return toContact(records[0].get('c'));
    });
  }

  async delete(map: string, personId: string): Promise<void> {
    await writeTransaction(this.driver, this.database, async (tx) => {
      const { records } = await tx.run(`MATCH (c:${CONTACT_LABEL} {map: $map, personId: $personId}) DELETE c RETURN count(*) AS n`, { map, personId });
      if (records[0].get('n').toNumber() === 0) {
        await lockPerson(tx, map, personId);
        throw new NotFoundError(`"${personId}" has no contact details in this map.`);
      }
    });
  }
}
