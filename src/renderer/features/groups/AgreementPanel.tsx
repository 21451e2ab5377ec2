import { Handshake, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { GroupDetail, MemberView } from '../../../shared/views';
import { formatDay } from '../../app/dates';
import { useApiMutation } from '../../app/query';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/useToast';
import { AgreementDialog } from './AgreementDialog';
import { AgreementStatus } from './AgreementStatus';

/**
 * Each member's agreement to the current norms, and a plain list of who has
 * not agreed yet: contracting is only done when everyone is in. Members about
 * to join are here too, since a group often contracts before it starts.
 */
export function AgreementPanel({ detail, today }: { detail: GroupDetail; today: string }) {
  const groupId = detail.group.id;
  const [recording, setRecording] = useState<string[] | null>(null);
  const withdraw = useApiMutation('norms.withdrawAgreement');
  const { toast } = useToast();
  const current = detail.members.filter((m) => (m.active || m.upcoming) && m.person !== null);
  const waiting = current.filter((m) => m.agreement === null);
  const archived = detail.group.archivedAt !== null;
  const canRecord = !archived && detail.norms.length > 0;

  async function doWithdraw(member: MemberView) {
    try {
      await withdraw.mutateAsync({ groupId, personId: member.membership.personId });
      toast({ title: `Agreement withdrawn for ${member.name}`, tone: 'success' });
    } catch (err) {
      toast({ title: 'That did not work', description: (err as Error).message, tone: 'danger' });
    }
  }

  return (
    <Card
      title="Agreement to the norms"
      actions={
        canRecord && waiting.length > 1 ? (
          <Button size="sm" onClick={() => setRecording(waiting.map((m) => m.membership.personId))}>
            <Handshake size={14} aria-hidden="true" />
            Record for several…
          </Button>
        ) : null
      }
    >
      {current.length === 0 ? (
        <p className="groups-section-empty">Once the group has members, record here when each of them agrees.</p>
      ) : detail.norms.length === 0 ? (
        <p className="groups-section-empty">Add the norms the group agreed above, then record here who agreed to them.</p>
      ) : detail.notAgreed.length === 0 ? (
        <Notice tone="success" title="Everyone has agreed to the current norms" />
      ) : (
        <Notice
          tone="warning"
          title={
            detail.notAgreed.length === 1
              ? '1 member has not agreed to the current norms yet'
              : `${detail.notAgreed.length} members have not agreed to the current norms yet`
          }
        >
          <ul className="groups-not-agreed" aria-label="Members who have not agreed yet">
            {detail.notAgreed.map((person) => (
              <li key={person.id}>
                <Link to={routes.person(person.id)} className="groups-link">
                  {person.name}
                </Link>
              </li>
            ))}
          </ul>
        </Notice>
      )}

      {current.length > 0 ? (
        <ul className="groups-agreements">
          {current.map((member) => (
            <li key={member.membership.id} className="groups-agreements__item">
              <span className="groups-agreements__name">
                {member.name}
                {member.upcoming ? (
                  <span className="groups-muted groups-agreements__joins"> · joins {formatDay(member.membership.joinedOn)}</span>
                ) : null}
              </span>
              <AgreementStatus member={member} />
              {archived ? null : (
                <div className="groups-row-actions">
                  {member.agreement ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => void doWithdraw(member)}
                      aria-label={`Withdraw ${member.name}’s agreement`}
                    >
                      <Undo2 size={14} aria-hidden="true" />
                      Withdraw
                    </Button>
                  ) : canRecord ? (
                    <Button
                      size="sm"
                      onClick={() => setRecording([member.membership.personId])}
                      aria-label={`Record agreement for ${member.name}`}
                    >
                      <Handshake size={14} aria-hidden="true" />
                      Record agreement
                    </Button>
                  ) : null}
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      <AgreementDialog
        groupId={groupId}
        candidates={waiting}
        preselected={recording}
        today={today}
        onOpenChange={(open) => (open ? undefined : setRecording(null))}
      />
    </Card>
  );
}
