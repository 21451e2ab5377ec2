import { Handshake, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { GroupDetail, MemberView } from '../../../shared/views';
import { useApiMutation } from '../../app/query';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/useToast';
import { AgreementStatus } from './AgreementStatus';
import { DateDialog } from './DateDialog';

/**
 * Each active member's agreement to the current norms, and a plain list of
 * who has not agreed yet: contracting is only done when everyone is in.
 */
export function AgreementPanel({ detail, today }: { detail: GroupDetail; today: string }) {
  const groupId = detail.group.id;
  const [recording, setRecording] = useState<MemberView | null>(null);
  const record = useApiMutation('norms.recordAgreement');
  const withdraw = useApiMutation('norms.withdrawAgreement');
  const { toast } = useToast();
  const active = detail.members.filter((m) => m.active);
  const archived = detail.group.archivedAt !== null;

  async function doWithdraw(member: MemberView) {
    try {
      await withdraw.mutateAsync({ groupId, personId: member.person.id });
      toast({ title: `Agreement withdrawn for ${member.person.name}`, tone: 'success' });
    } catch (err) {
      toast({ title: 'That did not work', description: (err as Error).message, tone: 'danger' });
    }
  }

  return (
    <Card title="Agreement to the norms">
      {active.length === 0 ? (
        <p className="groups-section-empty">Once the group has members, record here when each of them agrees.</p>
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

      {active.length > 0 ? (
        <ul className="groups-agreements">
          {active.map((member) => (
            <li key={member.membership.id} className="groups-agreements__item">
              <span className="groups-agreements__name">{member.person.name}</span>
              <AgreementStatus member={member} />
              {archived ? null : (
                <div className="groups-row-actions">
                  {member.agreement ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => void doWithdraw(member)}
                      aria-label={`Withdraw ${member.person.name}’s agreement`}
                    >
                      <Undo2 size={14} aria-hidden="true" />
                      Withdraw
                    </Button>
                  ) : (
                    <Button
                      size="sm"
                      onClick={() => setRecording(member)}
                      aria-label={`Record agreement for ${member.person.name}`}
                    >
                      <Handshake size={14} aria-hidden="true" />
                      Record agreement
                    </Button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      <DateDialog
        open={recording !== null}
        onOpenChange={(open) => (open ? undefined : setRecording(null))}
        title={`${recording?.person.name ?? 'Member'} agrees to the norms`}
        description="Record the day they agreed to the norms as they stand now."
        label="Agreed on"
        submitLabel="Record agreement"
        defaultDate={today}
        serverField="agreedOn"
        onSubmit={async (agreedOn) => {
          if (!recording) return;
          await record.mutateAsync({ groupId, personId: recording.person.id, agreedOn });
          toast({ title: `Agreement recorded for ${recording.person.name}`, tone: 'success' });
        }}
      />
    </Card>
  );
}
