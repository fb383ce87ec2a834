/**
 * The directory a community keeps true: the review queue (facts older than the map's freshness
 * age, by the one rule in model/freshness.ts), people's work contact details (only for callers
 * who see contacts), and a person's data exported and erased on request.
 */
import type { Static } from 'typebox';
import type { Viewer } from '../access.ts';
import type { ContactSchema, Erased, PersonExport, ReviewAnswer, ReviewItem } from '../contract/directory.ts';
import { BadRequestError, ForbiddenError } from '../errors.ts';
import { freshnessOn, goesStale, staleReason, todayOf } from '../model/freshness.ts';
import type { MapRecord } from '../model/maps.ts';
import { NODE_LABELS, TIE_TYPE_NAMES, tieTypeEntry } from '../model/model.ts';
import { checkContact } from '../model/rules/contact.ts';
import type { ContactRepository } from '../repositories/contactRepository.ts';
import type { PersonDataRepository } from '../repositories/personDataRepository.ts';
import { confirmationOrderKey, type ReviewRepository, type ReviewRow } from '../repositories/reviewRepository.ts';

type Item = Static<typeof ReviewItem>;

export class DirectoryService {
  constructor(private readonly reviews: ReviewRepository, private readonly contacts: ContactRepository, private readonly people: PersonDataRepository) {}

  /** The map's review queue, or with `stewardOnly` the caller's organisations' (their records and ties). */
  async review(map: MapRecord, viewer: Viewer, options: { stewardOnly: boolean; limit: number; today?: string }): Promise<Static<typeof ReviewAnswer>> {
    const judge = freshnessOn(options.today ?? todayOf(), map.freshnessMonths);
    const labels = NODE_LABELS.filter((l) => goesStale('node', l) && !viewer.hiddenLabels.includes(l));
    const tieTypes = TIE_TYPE_NAMES.filter((t) => goesStale('tie', t));
    const { total, rows } = await this.reviews.due(map.id, {
      today: judge.today, cutoff: judge.cutoff, labels, tieTypes, hidden: viewer.hiddenLabels,
      stewardOf: options.stewardOnly ? viewer.stewardOf : undefined, limit: options.limit,
    });
    const items = rows.map((row) => itemOf(row, judge)).sort(oldestFirst).slice(0, options.limit);
    return { months: map.freshnessMonths, cutoff: judge.cutoff, steward: options.stewardOnly, total, items };
  }

  /** The caller must see contacts (the route's `needs` says so too; this keeps the rule beside the data). */
  private allowed(viewer: Viewer): void {
    if (!viewer.seesContacts) throw new ForbiddenError('member');
  }

  async contact(map: string, personId: string, viewer: Viewer): Promise<Static<typeof ContactSchema>> {
    this.allowed(viewer);
    return this.contacts.get(map, personId);
  }

  /** For a person's panel: the details for callers who see contacts, else nothing (not even whether there are any). */
  async contactFor(map: string, personId: string, viewer: Viewer): Promise<Static<typeof ContactSchema> | null | undefined> {
    if (!viewer.seesContacts) return undefined;
    return this.contacts.find(map, personId);
  }

  async putContact(map: string, personId: string, body: { email?: string | null; phone?: string | null }): Promise<Static<typeof ContactSchema>> {
    const { details, problems } = checkContact(body);
    if (problems.length) throw new BadRequestError(`The contact details were not saved: ${problems.map((p) => p.message).join(' ')}`, problems);
    return this.contacts.put(map, personId, details);
  }

  async deleteContact(map: string, personId: string): Promise<{ deleted: string }> {
    await this.contacts.delete(map, personId);
    return { deleted: personId };
  }

  async exportPerson(map: string, personId: string): Promise<Static<typeof PersonExport>> {
    const data = await this.people.export(map, personId);
    return { map, exportedAt: new Date().toISOString(), ...data } as Static<typeof PersonExport>;
  }

  async erasePerson(map: string, personId: string, viewer: Viewer): Promise<Static<typeof Erased>> {
    return { erased: true, ...(await this.people.erase(map, personId, viewer.actor)) };
  }
}

function itemOf(row: ReviewRow, judge: ReturnType<typeof freshnessOn>): Item {
  const freshness = judge(row.kind, row.type, { lastConfirmed: row.lastConfirmed ?? undefined, until: row.until ?? undefined });
  const common = {
    id: row.id, lastConfirmed: row.lastConfirmed, ageMonths: freshness.state === 'stale' ? freshness.ageMonths : null, reason: staleReason(freshness),
  };
  if (row.kind === 'node') return { kind: 'node', ...common, title: row.name, nodeType: row.type as Item['nodeType'], nodeId: row.id };
  const phrase = tieTypeEntry(row.type)?.wording.phrase ?? row.type;
  return { kind: 'tie', ...common, title: `${row.from?.name} ${phrase} ${row.to?.name}`, tieType: row.type as Item['tieType'], from: row.from, to: row.to, nodeId: row.from?.id ?? row.id };
}

/** Never confirmed first, then the oldest confirmation; ties broken by id so the order is stable. */
function oldestFirst(a: Item, b: Item): number {
  if ((a.lastConfirmed === null) !== (b.lastConfirmed === null)) return a.lastConfirmed === null ? -1 : 1;
  return confirmationOrderKey(a.lastConfirmed ?? '').localeCompare(confirmationOrderKey(b.lastConfirmed ?? '')) || a.id.localeCompare(b.id);
}
