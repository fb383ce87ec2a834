/**
 * Generates a stakeholder dataset shaped like a real alliance network, for benchmarks:
 * organisations clustered by area, themes with a few popular ones, alliances with core,
 * delivery-partner and associate tiers, partnerships, funders, events and people.
 * Deterministic for a given seed. Counts scale with `organisations`.
 */
import { tieTypeEntry, type NodeRecord, type TieRecord, type TieType } from '../../graph-service/src/model/model.ts';
import { endsBeforeStart } from '../../graph-service/src/model/dates.ts';
import type { SeedDataset } from '../../seed/dataset.ts';

export interface GenerateOptions {
  organisations: number;
  seed?: number;
  /** Share (0..1) of ties left without a start date, as a record with gaps has (default 0: every tie dated). */
  undated?: number;
}

/** The analysis's seeded PRNG (mulberry32), so generated data is repeatable. */
export { mulberry32 as seededRandom } from '../../graph-service/src/analysis/rng.ts';
import { mulberry32 as seededRandom } from '../../graph-service/src/analysis/rng.ts';

const THEME_NAMES = [
  'Youth work', 'Food poverty', 'Mental health', 'Housing', 'Employment', 'Older people', 'Faith', 'Arts and culture',
  'Sport', 'Education', 'Domestic abuse', 'Refugees and migrants', 'Disability', 'Environment', 'Digital inclusion',
  'Community safety', 'Health inequalities', 'Money advice', 'Loneliness', 'Volunteering', 'Parenting', 'Substance misuse',
  'Homelessness', 'Green spaces', 'Early years', 'Carers', 'Social prescribing', 'Racial justice', 'LGBTQ+ support', 'Transport',
];
const ORG_KINDS = ['Trust', 'Project', 'Centre', 'Network', 'Foundation', 'Association', 'Club', 'Collective', 'Hub', 'Charity'];
const ORG_WORDS = ['Riverside', 'Northfield', 'Oakwood', 'St Mark', 'Harbour', 'Greenway', 'Bridge', 'Hope', 'Unity', 'Meadow', 'Parkside', 'Hillcrest', 'Lantern', 'Compass', 'Kingfisher', 'Willow', 'Beacon', 'Cedar'];
const FIRST_NAMES = ['Amira', 'Ben', 'Chloe', 'Dev', 'Ella', 'Femi', 'Grace', 'Hassan', 'Ines', 'Jon', 'Kemi', 'Liam', 'Maya', 'Nadia', 'Omar', 'Priya', 'Rosa', 'Sam', 'Tariq', 'Zoe'];
const ROLES = ['Coordinator', 'Director', 'Volunteer lead', 'Trustee', 'Project worker', 'Chair'];
const SOURCE = 'generated benchmark data';

export function generateDataset(options: GenerateOptions): SeedDataset {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const date = (fromYear: number, toYear: number) =>
    `${between(fromYear, toYear)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;

  const n = Math.max(1, Math.floor(options.organisations));
  const undated = options.undated ?? 0;
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const tieIds = new Set<string>();
  const node = (record: Omit<NodeRecord, 'source' | 'lastConfirmed'>): string => {
    nodes.push({ ...record, source: SOURCE, lastConfirmed: date(2022, 2026) } as NodeRecord);
    return record.id as string;
  };
  const tie = (type: TieType, from: string, to: string, properties: Record<string, string | number | boolean> = {}) => {
    const id = `${type}:${from}->${to}`;
    // A symmetric type's tie the other way round is the same tie (model/rules/duplicateTies.ts): one of each pair.
    if (from === to || tieIds.has(id) || (tieTypeEntry(type)?.symmetric && tieIds.has(`${type}:${to}->${from}`))) return;
    tieIds.add(id);
    const since = date(2015, 2025);
    const ended = random() < 0.08;
    // Drawn only when asked for, so the datasets of the other benchmarks stay as they were.
    const dated = !(undated > 0 && random() < undated);
    // An end drawn in the start's year can fall before the start: it then ends the day it began.
    const until = ended ? date(Number(since.slice(0, 4)), 2026) : undefined;
    ties.push({ id, type, from, to, source: SOURCE, ...(dated ? { since } : {}), ...(until ? { until: dated && endsBeforeStart(since, until) ? since : until } : {}), lastConfirmed: date(2021, 2026), ...properties });
  };

  // Areas: regions with boroughs; organisations cluster in boroughs.
  const regionCount = Math.max(1, Math.round(Math.sqrt(n) / 10));
  const boroughCount = Math.max(2, Math.round(n / 150));
  const regions = Array.from({ length: regionCount }, (_, i) => node({ id: `gen-region-${i}`, label: 'Area', name: `Region ${i + 1}`, kind: 'region' }));
  const boroughs = Array.from({ length: boroughCount }, (_, i) => {
    const id = node({ id: `gen-area-${i}`, label: 'Area', name: `${pick(ORG_WORDS)} borough ${i + 1}`, kind: 'borough' });
    tie('PART_OF', id, regions[i % regions.length]);
    return id;
  });

  // Themes: a few popular, many niche (Zipf-like weights).
  const themeCount = Math.min(THEME_NAMES.length, Math.max(8, Math.round(Math.log2(n) * 3)));
  const themes = THEME_NAMES.slice(0, themeCount).map((name, i) => node({ id: `gen-theme-${i}`, label: 'Theme', name }));
  const themeWeights = themes.map((_, i) => 1 / (i + 1));
  const weightTotal = themeWeights.reduce((s, w) => s + w, 0);
  const pickTheme = () => {
    let r = random() * weightTotal;
    for (let i = 0; i < themes.length; i++) {
      r -= themeWeights[i];
      if (r <= 0) return themes[i];
    }
    return themes[themes.length - 1];
  };

  // Organisations.
  const orgs: string[] = [];
  const orgArea: number[] = [];
  const byArea: string[][] = boroughs.map(() => []);
  for (let i = 0; i < n; i++) {
    const area = Math.floor(random() * boroughs.length);
    const id = node({ id: `gen-org-${i}`, label: 'Organisation', name: `${pick(ORG_WORDS)} ${pick(ORG_KINDS)} ${i}`, description: `Works with local residents on ${THEME_NAMES[i % themeCount].toLowerCase()}.` });
    orgs.push(id);
    orgArea.push(area);
    byArea[area].push(id);
    tie('LOCATED_IN', id, boroughs[area]);
    const themeTotal = between(1, 3);
    for (let t = 0; t < themeTotal; t++) tie('WORKS_ON', id, pickTheme(), { lead: random() < 0.04 });
  }
  const neighbourOf = (index: number) => {
    const local = byArea[orgArea[index]];
    return random() < 0.8 && local.length > 1 ? pick(local) : pick(orgs);
  };

  // Informal ties, mostly within the borough: the clusters a map should show.
  for (let i = 0; i < n; i++) {
    const count = random() < 0.15 ? 0 : between(1, 3);
    for (let k = 0; k < count; k++) tie('CONNECTED_WITH', orgs[i], neighbourOf(i), { description: 'Refer people to each other' });
  }

  // Alliances with tiers.
  const allianceCount = Math.max(1, Math.round(n / 500));
  for (let a = 0; a < allianceCount; a++) {
    const alliance = node({ id: `gen-alliance-${a}`, label: 'Alliance', name: `${pick(ORG_WORDS)} Alliance ${a + 1}` });
    const region = boroughs[a % boroughs.length];
    tie('LOCATED_IN', alliance, region);
    const local = byArea[a % boroughs.length].length >= 5 ? byArea[a % boroughs.length] : orgs;
    const memberTotal = Math.min(local.length, between(15, 60));
    const members = new Set<string>();
    while (members.size < memberTotal) members.add(pick(local));
    [...members].forEach((member, index) => {
      const tier = index < 5 ? 'core' : random() < 0.3 ? 'delivery partner' : 'associate';
      tie('MEMBER_OF', member, alliance, { tier });
    });
  }

  // Partnerships of 2–6 organisations, mostly local.
  for (let p = 0; p < Math.max(1, Math.round(n / 20)); p++) {
    const first = Math.floor(random() * n);
    const partnership = node({ id: `gen-partnership-${p}`, label: 'Partnership', name: `${pick(ORG_WORDS)} partnership ${p + 1}` });
    tie('WORKS_ON', partnership, pickTheme(), { lead: false });
    tie('LOCATED_IN', partnership, boroughs[orgArea[first]]);
    tie('PARTNER_IN', orgs[first], partnership, { role: 'lead' });
    for (let k = between(1, 5); k > 0; k--) tie('PARTNER_IN', neighbourOf(first), partnership, { role: 'partner' });
  }

  // Funders give to organisations and partnerships.
  for (let f = 0; f < Math.max(1, Math.round(n * 0.03)); f++) {
    const funder = orgs[Math.floor(random() * n)];
    for (let k = between(3, 15); k > 0; k--) {
      const recipient = random() < 0.8 ? pick(orgs) : `gen-partnership-${Math.floor(random() * Math.max(1, Math.round(n / 20)))}`;
      tie('FUNDS', funder, recipient, { amount: between(1, 50) * 1000, currency: 'GBP', period: 'year' });
    }
  }

  // Events with hosts and attendees.
  for (let e = 0; e < Math.max(1, Math.round(n / 50)); e++) {
    const host = Math.floor(random() * n);
    const event = node({ id: `gen-event-${e}`, label: 'Event', name: `${pick(THEME_NAMES)} forum ${e + 1}`, date: date(2019, 2026) });
    tie('HOSTED', orgs[host], event);
    tie('ABOUT', event, pickTheme());
    tie('LOCATED_IN', event, boroughs[orgArea[host]]);
    for (let k = between(5, 30); k > 0; k--) tie('ATTENDED', neighbourOf(host), event, { role: 'participant' });
  }

  // People: first name and role only.
  for (let p = 0; p < Math.round(n / 2); p++) {
    const person = node({ id: `gen-person-${p}`, label: 'Person', name: pick(FIRST_NAMES), role: pick(ROLES) });
    tie('WORKS_FOR', person, pick(orgs), { role: pick(ROLES) });
  }

  return { nodes, ties };
}

/** A generated map of about `nodes` nodes: the generator makes about 1.6 per organisation, so size once, then correct. */
export function datasetOfAbout(nodes: number, seed: number): SeedDataset {
  const first = generateDataset({ organisations: Math.round(nodes / 1.6), seed });
  return generateDataset({ organisations: Math.round((Math.round(nodes / 1.6) * nodes) / first.nodes.length), seed });
}
