import type { BetweenView, MatrixRow } from '../../../shared/contract/between';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { shortNames } from './short-names';
import './pairing-matrix.css';

/**
 * Who has met whom, how often: a member-by-member table over the rounds held
 * or under way, with each member's rounds with the coach and in a triad.
 * Zeros show as a dash (and read as 0), so the pairs still to make stand out
 * without relying on colour.
 */
export function PairingMatrixCard({ view }: { view: BetweenView }) {
  const begun = view.rounds.some((r) => r.state !== 'planned');
  return (
    <Card title="Who has met whom" description="How often each member has been paired with each other member so far.">
      {view.members.length === 0 ? (
        <p className="between-matrix__empty">No members yet.</p>
      ) : !begun ? (
        <p className="between-matrix__empty">No round has begun yet. Once the first round is under way, this shows who has been paired with whom.</p>
      ) : (
        <Matrix view={view} />
      )}
    </Card>
  );
}

function Count({ n }: { n: number }) {
  if (n > 0) return <td className="between-matrix__count">{n}</td>;
  return (
    <td className="between-matrix__count between-matrix__count--zero">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">0</span>
    </td>
  );
}

function Matrix({ view }: { view: BetweenView }) {
  const { members } = view;
  const short = shortNames(members.map((m) => m.name));
  const rowOf = new Map<string, MatrixRow>(view.matrix.map((r) => [r.personId, r]));
  const current = members.map((m, i) => ({ m, i })).filter(({ m }) => m.current);
  let notMet = 0;
  current.forEach(({ m }, x) =>
    current.slice(x + 1).forEach(({ i }) => {
      if ((rowOf.get(m.personId)?.met[i] ?? 0) === 0) notMet += 1;
    }),
  );
  const possible = (current.length * (current.length - 1)) / 2;

  return (
    <>
      <p className="between-matrix__summary">
        {notMet === 0
          ? 'Every member of the group now has been paired with every other at least once.'
          : `${notMet} of the ${possible} possible pairs among the members now have not been paired yet (shown as –).`}
      </p>
      <div className="between-matrix__wrap">
        <table className="between-matrix">
          <caption className="between-matrix__caption">
            Times paired, over the rounds held or under way (skipped sessions are not counted). – means not paired yet.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="between-matrix__corner">
                Member
              </th>
              {members.map((m, i) => (
                <th key={m.personId} scope="col" className="between-matrix__col" title={m.name}>
                  <span aria-hidden="true">{short[i]}</span>
                  <span className="visually-hidden">{m.current ? m.name : `${m.name} (former member)`}</span>
                  {m.current ? null : (
                    <span className="between-matrix__former" aria-hidden="true">
                      former
                    </span>
                  )}
                </th>
              ))}
              <th scope="col" className="between-matrix__col between-matrix__extra">
                With you<span className="visually-hidden"> (their 1:1)</span>
              </th>
              <th scope="col" className="between-matrix__col">
                In a triad
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m, r) => {
              const row = rowOf.get(m.personId);
              return (
                <tr key={m.personId} className={m.current ? undefined : 'between-matrix__row--former'}>
                  <th scope="row" className="between-matrix__name">
                    {m.name}
                    {m.current ? null : (
                      <>
                        {' '}
                        <Badge>Former member</Badge>
                      </>
                    )}
                  </th>
                  {members.map((other, c) =>
                    c === r ? (
                      <td key={other.personId} className="between-matrix__self">
                        <span className="visually-hidden">same person</span>
                      </td>
                    ) : (
                      <Count key={other.personId} n={row?.met[c] ?? 0} />
                    ),
                  )}
                  <Count n={row?.withCoach ?? 0} />
                  <Count n={row?.inTriad ?? 0} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
