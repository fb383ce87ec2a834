/** A map's members, for its admins: add by e-mail, set the role and the organisations a steward speaks for, remove. */
import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog';
import { AtlasError } from '../core/api';
import { deleteMember, fetchMembers, postMember, putMember, type MapRole, type Member } from './api';
import { FormError } from '../components/FormError';
import { StewardChooser } from './StewardChooser';

const ROLES: [MapRole, string][] = [
  ['viewer', 'Viewer: sees people by name and role'],
  ['member', 'Member: also contact details; confirms facts'],
  ['editor', 'Editor: changes anything in the map'],
  ['admin', 'Admin: manages the map and its members'],
];

export function MembersDialog({ map, title, onClose }: { map: string; title: string; onClose: () => void }) {
  const [members, setMembers] = useState<Member[] | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MapRole>('viewer');
  const [error, setError] = useState<string | null>(null);

  const failed = (e: unknown) => setError(e instanceof AtlasError ? e.message : (e as Error).message);
  const load = () => fetchMembers(map).then(setMembers, failed);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list is read once per open dialog
  useEffect(() => {
    void load();
  }, [map]);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await load();
    } catch (e) {
      failed(e);
    }
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await postMember(map, { email, role });
      setEmail('');
    });
  };

  return (
    <Dialog title={`Members of ${title}`} onClose={onClose} className="members-dialog" testId="members-dialog">
      <form className="account-form inline" onSubmit={add}>
        <label>
          E-mail of an account
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} data-testid="member-email" />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as MapRole)}>
            {ROLES.map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          Add
        </button>
      </form>
      <FormError message={error} />
      <table className="members-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Role</th>
            <th>Steward of</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {members?.map((member) => (
            <MemberRow key={member.accountId} map={map} member={member} onSet={(body) => void run(() => putMember(map, member.accountId, body))} onRemove={() => void run(() => deleteMember(map, member.accountId))} />
          ))}
        </tbody>
      </table>
      {members?.length === 0 && <p className="muted">No members yet: site admins manage every map.</p>}
    </Dialog>
  );
}

function MemberRow({ map, member, onSet, onRemove }: { map: string; member: Member; onSet: (body: { role: MapRole; stewardOf: string[] }) => void; onRemove: () => void }) {
  return (
    <tr>
      <td>
        {member.name}
        <br />
        <span className="muted">{member.email}</span>
      </td>
      <td>
        <select aria-label={`Role of ${member.name}`} value={member.role} onChange={(e) => onSet({ role: e.target.value as MapRole, stewardOf: member.stewardOf })}>
          {ROLES.map(([value]) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </td>
      <td>
        <StewardChooser map={map} who={member.name} chosen={member.stewardOf} onChange={(stewardOf) => onSet({ role: member.role, stewardOf })} />
      </td>
      <td>
        <button type="button" className="link danger small" onClick={onRemove}>
          Remove
        </button>
      </td>
    </tr>
  );
}
