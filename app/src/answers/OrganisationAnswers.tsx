/** An organisation's part of its panel: whom it should meet and why, the gaps it appears in, and what if it closed. */
import type { OrganisationAnswers as Answers } from './api';
import { NamedList } from './NamedList';

type WhatIf = Answers['whatIf'];

/** The what-if's lists, in the order a reader weighs them. */
const WHAT_IF_LISTS: { key: keyof Pick<WhatIf, 'isolated' | 'lostCoreLink' | 'lostThemeLink' | 'themes' | 'lostFunding'>; heading: string }[] = [
  { key: 'isolated', heading: 'Left with no working tie' },
  { key: 'lostCoreLink', heading: 'Losing their link to the core group' },
  { key: 'lostThemeLink', heading: 'Losing their only link to a theme' },
  { key: 'themes', heading: 'Themes left without a lead or most organisations' },
  { key: 'lostFunding', heading: 'Left with no funding' },
];

export function OrganisationAnswers({ answers, name, onSelect }: { answers: Answers; name: string; onSelect: (id: string) => void }) {
  const { introductions, gaps, whatIf } = answers;
  return (
    <>
      <section className="answers-section" data-testid="answers-introductions" aria-labelledby="answers-introductions-title">
        <h3 className="ties-title" id="answers-introductions-title">
          Who {name} should meet <span className="legend-count">{introductions.length}</span>
        </h3>
        {introductions.length === 0 ? (
          <p className="answers-reason">No organisation without a working tie to it shares its themes, areas or partners.</p>
        ) : (
          <NamedList
            testId="introductions"
            onSelect={onSelect}
            lines={introductions.map((s) => ({ key: s.id, id: s.id, name: s.name, note: `no. ${s.rank} on the map`, reason: s.reason }))}
          />
        )}
      </section>

      <section className="answers-section" data-testid="answers-gaps" aria-labelledby="answers-gaps-title">
        <h3 className="ties-title" id="answers-gaps-title">
          Gaps it appears in <span className="legend-count">{gaps.length}</span>
        </h3>
        {gaps.length === 0 && <p className="answers-reason">No gap list names it.</p>}
        {gaps.map((list) => (
          <div key={list.detector} className="answers-group">
            <h4>{list.title}</h4>
            <NamedList testId={`gap-${list.detector}`} onSelect={onSelect} lines={list.items.map((item) => ({ key: item.id, id: item.nodeIds[0] ?? item.id, name: item.title, reason: item.reason }))} />
          </div>
        ))}
      </section>

      <section className="answers-section" data-testid="answers-what-if" aria-labelledby="answers-what-if-title">
        <h3 className="ties-title" id="answers-what-if-title">
          If it closed
        </h3>
        <p data-testid="what-if-summary">{whatIf.summary}</p>
        <p className="answers-reason">
          {whatIf.tiesLost} working {whatIf.tiesLost === 1 ? 'tie' : 'ties'} would go; the network would be in {whatIf.after.components} {whatIf.after.components === 1 ? 'piece' : 'pieces'} instead of {whatIf.before.components}.
        </p>
        {WHAT_IF_LISTS.filter(({ key }) => whatIf[key].length > 0).map(({ key, heading }) => (
          <div key={key} className="answers-group">
            <h4>
              {heading} <span className="legend-count">{whatIf[key].length}</span>
            </h4>
            <NamedList testId={`what-if-${key}`} onSelect={onSelect} lines={whatIf[key].map((item) => ({ key: item.id, id: item.id, name: item.title, reason: item.reason }))} />
          </div>
        ))}
      </section>
    </>
  );
}
