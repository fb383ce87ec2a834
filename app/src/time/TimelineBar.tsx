/**
 * The one "as of" control: a histogram of when ties began and ended, a slider over it, a date
 * field, the whole record, and Play, which steps the date forward so the map grows in place. It
 * sets `filters.asOf` (and `filters.undated`) only: the map, table, search, analysis and export
 * all read the same filter.
 */
import { useEffect, useMemo, useRef } from 'react';
import { parseDate } from '../../../graph-service/src/model/dates';
import { asOfForBin, asOfWords, binIndexOf, timelineOf } from '../core/time';
import { plural } from '../core/graph/utils';
import { useAtlas, useStore } from '../stores';
import { Histogram } from './Histogram';
import { playStart, stepMs, type Playback } from './playback';
import './timeline.css';

export function TimelineBar({ playback }: { playback: Playback }) {
  const { data, filters } = useAtlas();
  const state = useStore(data.state);
  const current = useStore(filters.filters);
  const visibility = useStore(filters.visibility);
  const playing = useStore(playback.playing);
  const timeline = useMemo(() => timelineOf(state.graph), [state]);
  const { bins } = timeline;
  const position = binIndexOf(timeline, current.asOf);
  const slider = Math.min(Math.max(position, 0), bins.length - 1);
  /** A date chosen by hand stops a play. */
  const choose = (asOf: string | null) => {
    playback.playing.set(false);
    filters.set({ ...filters.filters.get(), asOf });
  };
  const stepTimer = useRef(0);

  useEffect(() => {
    if (!playing) return;
    document.body.dataset.atlasPlay = 'playing';
    const wait = stepMs(timeline);
    let index = playStart(binIndexOf(timeline, filters.filters.get().asOf), timeline.bins.length);
    const step = () => {
      filters.set({ ...filters.filters.get(), asOf: asOfForBin(timeline, index) });
      index++;
      if (index < timeline.bins.length) stepTimer.current = window.setTimeout(step, wait);
      else
        stepTimer.current = window.setTimeout(() => {
          playback.playing.set(false);
          document.body.dataset.atlasPlay = 'done';
        }, wait);
    };
    step();
    return () => window.clearTimeout(stepTimer.current);
  }, [playing, timeline, playback, filters]);

  if (bins.length === 0) return null;
  const onDate = current.asOf !== null;
  const undatedLeftOut = visibility?.undated.edges.size ?? 0;
  const dayValue = current.asOf && parseDate(current.asOf)?.precision === 'day' ? current.asOf : '';
  return (
    <section className="timeline" aria-label="Timeline: the network on a date" data-testid="timeline">
      <div className="timeline-row">
        <button type="button" className="secondary timeline-play" aria-pressed={playing} onClick={() => playback.playing.set(!playing)} data-testid="timeline-play">
          {playing ? 'Pause' : 'Play'}
        </button>
        <div className="timeline-track">
          <Histogram timeline={timeline} position={onDate ? position : bins.length} />
          <input
            type="range"
            min={0}
            max={bins.length - 1}
            step={1}
            value={slider}
            aria-label="As of"
            aria-valuetext={asOfWords(current.asOf)}
            onChange={(e) => choose(asOfForBin(timeline, Number(e.target.value)))}
            data-testid="timeline-slider"
          />
          <div className="timeline-ends" aria-hidden="true">
            <span>{bins[0].label}</span>
            <span>{bins[bins.length - 1].label}</span>
          </div>
        </div>
        <div className="timeline-date">
          <label>
            <span className="timeline-label">As of</span>
            <input type="date" value={dayValue} onChange={(e) => choose(e.target.value || null)} data-testid="timeline-date" />
          </label>
          <button type="button" className="secondary small" disabled={!onDate} onClick={() => choose(null)} data-testid="timeline-whole">
            Whole record
          </button>
        </div>
      </div>
      <div className="timeline-row timeline-notes">
        <p className="timeline-status" role="status" data-testid="timeline-status">
          {onDate ? <>The network on <strong>{asOfWords(current.asOf)}</strong></> : <>The whole record, dated or not</>}
          {onDate && !current.undated && undatedLeftOut > 0 && (
            <>
              {' · '}
              <span className="timeline-undated-note" data-testid="timeline-undated">
                <span className="timeline-undated-swatch" aria-hidden="true" />
                {plural(undatedLeftOut, 'undated tie', 'undated ties')} not counted
              </span>
            </>
          )}
          {onDate && current.undated && timeline.undated > 0 && <> · {plural(timeline.undated, 'undated tie', 'undated ties')} counted as holding</>}
          {/* On a date the note above already says how many are undated; say it once. */}
          {!onDate && timeline.undated > 0 && <span className="timeline-muted"> · {plural(timeline.undated, 'tie has', 'ties have')} no start date</span>}
        </p>
        {onDate && (
          <label className="check timeline-toggle">
            <input type="checkbox" checked={current.undated} onChange={(e) => filters.set({ ...filters.filters.get(), undated: e.target.checked })} data-testid="timeline-count-undated" />
            Count undated ties
          </label>
        )}
      </div>
    </section>
  );
}
