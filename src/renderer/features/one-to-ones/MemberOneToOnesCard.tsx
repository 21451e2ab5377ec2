import { useState } from 'react';
import type { MemberOneToOneRow } from '../../../shared/contract/one-to-ones';
import { useApiQuery } from '../../app/query';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { dayLabel, memberStatusBadge, nextPlannedLabel } from './one-to-one-words';
import { ScheduleOneToOneDialog, type OneToOneMember } from './ScheduleOneToOneDialog';
import './one-to-ones.css';

/**
 * "1:1s by member" for the Between meetings tab: every current member, the
 * ones up to date included, so nobody is missed for not being listed. Main
 * works out each status; this card only shows it.
 */
export function MemberOneToOnesCard({ groupId, coachZone }: { groupId: string; coachZone: string }) {
  const rows = useApiQuery('oneToOnes.byMember', { groupId });
  const [scheduling, setScheduling] = useState<string | null>(null);
  const optedOut = rows.data !== undefined && rows.data.length > 0 && rows.data.every((r) => r.status.kind === 'not-planned');
  return (
    <Card
      title="1:1s by member"
      description={optedOut ? '1:1s are not planned for this group; you can still schedule one.' : 'Where each member stands by the group’s rhythm of 1:1s.'}
    >
      <QueryBoundary query={rows} loadingLabel="Loading the members’ 1:1s…" errorTitle="The members’ 1:1s could not be loaded">
        {(all) => {
          const members: OneToOneMember[] = all.map((r) => ({ personId: r.personId, name: r.personName, timeZone: r.timeZone }));
          return (
            <>
              {all.length === 0 ? (
                <p className="oto-muted">No current members yet.</p>
              ) : (
                <ul className="oto-list" aria-label="1:1s by member">
                  {all.map((row) => (
                    <MemberRow key={row.personId} row={row} onSchedule={() => setScheduling(row.personId)} />
                  ))}
                </ul>
              )}
              <ScheduleOneToOneDialog groupId={groupId} coachZone={coachZone} members={members} open={scheduling !== null} editing={null} presetPersonId={scheduling} onClose={() => setScheduling(null)} />
            </>
          );
        }}
      </QueryBoundary>
    </Card>
  );
}

function MemberRow({ row, onSchedule }: { row: MemberOneToOneRow; onSchedule: () => void }) {
  const badge = memberStatusBadge(row.status);
  return (
    <li className="oto-item">
      <div className="oto-item__text">
        <div className="oto-item__main">
          <span className="oto-item__name">{row.personName}</span>
          <Badge tone={badge.tone}>{badge.label}</Badge>
        </div>
        <p className="oto-item__facts">
          <span>{row.lastHeldOn === null ? 'No 1:1 held yet' : `Last held ${dayLabel(row.lastHeldOn)}`}</span>
          <span className={row.nextPlanned === null ? undefined : 'oto-item__coach-time'}>{row.nextPlanned === null ? 'None planned' : `Next ${nextPlannedLabel(row.nextPlanned)}`}</span>
        </p>
        <p className="oto-member__because">{row.because}</p>
      </div>
      <div className="oto-item__actions">
        <Button size="sm" variant="ghost" onClick={onSchedule} aria-label={`Schedule a 1:1 with ${row.personName}`}>
          Schedule
        </Button>
      </div>
    </li>
  );
}
