/**
 * An event's part of its panel: who came, split by whether each has a working tie to the core
 * group, with their role there. "Before and after this event" stays where it is (compare/EventSection.tsx): this links to it.
 */
import type { CoreLink } from '../../../graph-service/src/analysis/answers';
import { BEFORE_AND_AFTER_ID } from '../compare/EventSection';
import type { EventAnswers as Answers } from './api';
import { NamedList } from './NamedList';

const HEADINGS: Record<CoreLink, string> = {
  untied: 'No working tie to the core group',
  tied: 'Working with a core-group member',
  core: 'In the core group',
};
/** The answer to the usual question first: who has no tie. */
const ORDER: CoreLink[] = ['untied', 'tied', 'core'];


export function EventAnswers({ answers, onSelect }: { answers: Answers; onSelect: (id: string) => void }) {
  const goToCompare = () => {
    const target = document.getElementById(BEFORE_AND_AFTER_ID);
    target?.scrollIntoView({ block: 'nearest' });
    target?.querySelector<HTMLElement>('button')?.focus();
  };
  return (
    <section className="answers-section" data-testid="answers-event" aria-labelledby="answers-event-title">
      <h3 className="ties-title" id="answers-event-title">
        Who came, and their tie to the core group <span className="legend-count">{answers.attendees.length}</span>
      </h3>
      <p data-testid="event-summary">{answers.summary}</p>
      {ORDER.filter((link) => answers.counts[link] > 0).map((link) => (
        <div key={link} className="answers-group" data-testid={`attendees-${link}`}>
          <h4>
            {HEADINGS[link]} <span className="legend-count">{answers.counts[link]}</span>
          </h4>
          <NamedList
            testId={`attendee-list-${link}`}
            onSelect={onSelect}
            lines={answers.attendees
              .filter((a) => a.link === link)
              .map((a) => ({ key: a.id, id: a.id, name: a.name, note: a.roles.map((r) => r.role ?? r.verb.toLowerCase()).join(', '), reason: a.reason }))}
          />
        </div>
      ))}
      <button type="button" className="link small" onClick={goToCompare} data-testid="to-before-after">
        See how the network changed: before and after this event
      </button>
    </section>
  );
}
