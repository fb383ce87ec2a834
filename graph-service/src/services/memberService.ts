/** The members of a map: who has which role, and which organisations each steward speaks for. */
import type { Static } from 'typebox';
import type { MemberSchema } from '../contract/accounts.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import type { MapRole } from '../model/roles.ts';
import type { AccountRepository } from '../repositories/accountRepository.ts';
import type { MemberRecord, MembershipRepository } from '../repositories/membershipRepository.ts';

type Member = Static<typeof MemberSchema>;
const asMember = ({ accountId, name, email, role, stewardOf }: MemberRecord): Member => ({ accountId, name, email, role, stewardOf });

export class MemberService {
  constructor(private readonly accounts: AccountRepository, private readonly memberships: MembershipRepository) {}

  async list(map: string): Promise<{ members: Member[] }> {
    return { members: (await this.memberships.members(map)).map(asMember) };
  }

  async add(map: string, email: string, role: MapRole, stewardOf: string[] = []): Promise<Member> {
    const account = await this.accounts.byEmail(email);
    if (!account) {
      throw new NotFoundError(`No account has the e-mail ${email.toLowerCase()}. A site admin creates accounts (npm run user -- add); then add them here.`);
    }
    return this.set(map, account.id, role, stewardOf);
  }

  async set(map: string, accountId: string, role: MapRole, stewardOf: string[] = []): Promise<Member> {
    if (stewardOf.length > 0) {
      if (role === 'viewer') {
        throw new BadRequestError('A steward needs at least the member role: choose member (or higher), or no organisations.', [{ field: '/stewardOf', code: 'not_allowed', message: 'needs the member role or higher' }]);
      }
      const found = await this.memberships.organisations(map, stewardOf);
      const missing = stewardOf.filter((id) => !found.has(id));
      if (missing.length > 0) {
        throw new BadRequestError(`Not organisations of this map: ${missing.join(', ')}. A steward speaks for organisations of the map.`, [{ field: '/stewardOf', code: 'not_found', message: `no organisation ${missing.join(', ')} in this map` }]);
      }
    }
    const saved = await this.memberships.put(map, accountId, role, stewardOf);
    if (!saved) throw new NotFoundError(`No account has the id "${accountId}".`);
    const member = (await this.memberships.members(map)).find((m) => m.accountId === accountId);
    return asMember(member ?? { ...saved, name: '', email: '' });
  }

  async remove(map: string, accountId: string): Promise<{ removed: string }> {
    if (!(await this.memberships.remove(map, accountId))) throw new NotFoundError(`The account "${accountId}" has no role in this map.`);
    return { removed: accountId };
  }
}
