import type { Timeline } from '../core/time';

const HEIGHT = 36;

/** Ties begun (up, blue) and ended (down, grey) per bin, with the slider's place marked. */
export function Histogram({ timeline, position }: { timeline: Timeline; position: number }) {
  const { bins } = timeline;
  const peak = Math.max(1, ...bins.map((b) => Math.max(b.began, b.ended)));
  const mid = HEIGHT * 0.7;
  const up = (n: number) => (n / peak) * (mid - 2);
  const down = (n: number) => (n / peak) * (HEIGHT - mid - 1);
  const began = bins.reduce((n, b) => n + b.began, 0);
  const ended = bins.reduce((n, b) => n + b.ended, 0);
  const first = bins[0]?.label ?? '';
  const last = bins[bins.length - 1]?.label ?? '';
  return (
    <svg className="timeline-histogram" viewBox={`0 0 ${bins.length} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={`${began} ties began and ${ended} ended between ${first} and ${last}, per ${timeline.by}`} data-testid="timeline-histogram">
      {bins.map((bin, i) => (
        <g key={bin.start} opacity={i <= position ? 1 : 0.35}>
          <title>{`${bin.label}: ${bin.began} began, ${bin.ended} ended`}</title>
          {bin.began > 0 && <rect className="began" x={i + 0.12} width={0.76} y={mid - up(bin.began)} height={up(bin.began)} />}
          {bin.ended > 0 && <rect className="ended" x={i + 0.12} width={0.76} y={mid + 1} height={down(bin.ended)} />}
        </g>
      ))}
      <line className="axis" x1={0} x2={bins.length} y1={mid + 0.5} y2={mid + 0.5} />
    </svg>
  );
}
