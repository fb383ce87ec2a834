/** Cypher for memberships: an account's role in one map, and the organisations it is a steward of there. */
import type { Driver } from 'neo4j-driver';
import { plainProperties } from '../db/values.ts';
import type { MapRole } from '../model/roles.ts';
import { ACCOUNT_LABEL, MEMBERSHIP_LABEL } from './accountSchema.ts';

export interface MembershipRecord {
  map: string;
  accountId: string;
  role: MapRole;
  stewardOf: string[];
}

export interface MemberRecord extends MembershipRecord {
  name: string;
  email: string;
}

function toMembership(properties: Record<string, unknown>): MembershipRecord {
  const p = plainProperties(properties);
  return { map: p.map as string, accountId: p.accountId as string, role: p.role as MapRole, stewardOf: (p.stewardOf as string[] | undefined) ?? [] };
}

export class MembershipRepository {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  async of(map: string, accountId: string): Promise<MembershipRecord | undefined> {
    const { records } = await this.driver.executeQuery(
      `MATCH (m:${MEMBERSHIP_LABEL} {map: $map, accountId: $accountId}) RETURN properties(m) AS props`,
      { map, accountId }, { database: this.database, routing: 'READ' });
    return records.length ? toMembership(records[0].get('props')) : undefined;
  }

  async ofAccount(accountId: string): Promise<MembershipRecord[]> {
    const { records } = await this.driver.executeQuery(
      `MATCH (m:${MEMBERSHIP_LABEL} {accountId: $accountId}) RETURN properties(m) AS props ORDER BY m.map`,
      { accountId }, { database: this.database, routing: 'READ' });
    return records.map((r) => toMembership(r.get('props')));
  }

  async members(map: string): Promise<MemberRecord[]> {
    const { records } = await this.driver.executeQuery(
      `MATCH (m:${MEMBERSHIP_LABEL} {map: $map}) MATCH (a:${ACCOUNT_LABEL} {id: m.accountId})
       RETURN properties(m) AS props, a.name AS name, a.email AS email ORDER BY toLower(a.name), a.email`,
      { map }, { database: this.database, routing: 'READ' });
    return records.map((r) => ({ ...toMembership(r.get('props')), name: r.get('name') as string, email: r.get('email') as string }));
  }

  /** Sets an account's role in a map (creating the membership if need be); undefined when no account has that id. */
  async put(map: string, accountId: string, role: MapRole, stewardOf: string[]): Promise<MembershipRecord | undefined> {
    const { records } = await this.driver.executeQuery(
      `MATCH (a:${ACCOUNT_LABEL} {id: $accountId})
       MERGE (m:${MEMBERSHIP_LABEL} {map: $map, accountId: $accountId})
       SET m.role = $role, m.stewardOf = $stewardOf
       RETURN properties(m) AS props`,
      { map, accountId, role, stewardOf }, { database: this.database });
    return records.length ? toMembership(records[0].get('props')) : undefined;
  }

  async remove(map: string, accountId: string): Promise<boolean> {
    const { records } = await this.driver.executeQuery(
      `MATCH (m:${MEMBERSHIP_LABEL} {map: $map, accountId: $accountId}) DELETE m RETURN count(*) AS n`,
      { map, accountId }, { database: this.database });
    return Number(records[0]?.get('n') ?? 0) > 0;
  }

  /** Which of these ids are organisations of the map. */
  async organisations(map: string, ids: string[]): Promise<Set<string>> {
    const { records } = await this.driver.executeQuery(
      'MATCH (o:Organisation) WHERE o.map = $map AND o.id IN $ids RETURN o.id AS id', { map, ids }, { database: this.database, routing: 'READ' });
    return new Set(records.map((r) => r.get('id') as string));
  }

  /** When a map is deleted its memberships go with it. */
  async removeMap(map: string): Promise<void> {
    await this.driver.executeQuery(`MATCH (m:${MEMBERSHIP_LABEL} {map: $map}) DELETE m`, { map }, { database: this.database });
  }
}
