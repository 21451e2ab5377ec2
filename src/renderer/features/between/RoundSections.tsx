import type { ReactNode } from 'react';
import type { RoundView } from '../../../shared/contract/between';

const byDate = (a: RoundView, b: RoundView) => a.from.localeCompare(b.from) || a.id.localeCompare(b.id);

/** The round under way first, then the rounds ahead in order, then earlier ones (latest first) folded away. */
export function RoundSections({ rounds, render }: { rounds: readonly RoundView[]; render: (round: RoundView, prominent: boolean) => ReactNode }) {
  const current = rounds.filter((r) => r.state === 'under-way').sort(byDate);
  const planned = rounds.filter((r) => r.state === 'planned').sort(byDate);
  const earlier = rounds.filter((r) => r.state === 'held').sort((a, b) => byDate(b, a));
  return (
    <div className="between-sections">
      {current.length > 0 ? (
        <section className="between-section" aria-labelledby="between-current">
          <h2 id="between-current" className="between-section__title">
            This round
          </h2>
          {current.map((r) => (
            <div key={r.id}>{render(r, true)}</div>
          ))}
        </section>
      ) : null}
      {planned.length > 0 ? (
        <section className="between-section" aria-labelledby="between-planned">
          <h2 id="between-planned" className="between-section__title">
            Planned rounds
          </h2>
          {planned.map((r) => (
            <div key={r.id}>{render(r, false)}</div>
          ))}
        </section>
      ) : null}
      {earlier.length > 0 ? (
        <details className="between-section between-earlier">
          <summary className="between-section__title">Earlier rounds ({earlier.length})</summary>
          {earlier.map((r) => (
            <div key={r.id}>{render(r, false)}</div>
          ))}
        </details>
      ) : null}
    </div>
  );
}
