import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { MAX_RECOMMENDED_MEMBERS } from '../../../shared/entities';
import type { GroupDetail, MemberView } from '../../../shared/views';
import { memberCountText } from '../../app/member-count';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/useToast';
import { AddMemberDialog } from './AddMemberDialog';
import { DateDialog } from './DateDialog';
import { FormerMembers } from './FormerMembers';
import { GoalDialog } from './GoalDialog';
import { MembersTable } from './MembersTable';
import { MembershipDatesDialog } from './MembershipDatesDialog';
import { LEAVING_DATE_HINT } from './membership-copy';

/**
 * Current members (with goals and norms agreement), those about to join, and,
 * quieter, those who left. Leaving keeps the history; removing is only for mistakes.
 */
export function MembersSection({ detail, today }: { detail: GroupDetail; today: string }) {
  const groupId = detail.group.id;
  const [adding, setAdding] = useState(false);
  const [goalFor, setGoalFor] = useState<MemberView | null>(null);
  const [datesFor, setDatesFor] = useState<MemberView | null>(null);
  const [leaving, setLeaving] = useState<MemberView | null>(null);
  const [removing, setRemoving] = useState<MemberView | null>(null);
  const leave = useApiMutation('memberships.leave');
  const rejoin = useApiMutation('memberships.rejoin');
  const remove = useApiMutation('memberships.remove');
  const { toast } = useToast();

  // Main decides who is active today and who is about to join (in the group's zone).
  const current = detail.members.filter((m) => m.active || m.upcoming);
  const former = detail.members.filter((m) => !current.includes(m));
  const archived = detail.group.archivedAt !== null;

  async function doRejoin(member: MemberView) {
    try {
      await rejoin.mutateAsync({ groupId, membershipId: member.membership.id });
      toast({ title: `${member.name} is back in the group`, tone: 'success' });
    } catch (err) {
      toast({ title: 'That did not work', description: (err as Error).message, tone: 'danger' });
    }
  }

  return (
    <Card
      title="Members"
      description={memberCountText(detail)}
      actions={
        archived ? null : (
          <Button variant="primary" size="sm" onClick={() => setAdding(true)}>
            <UserPlus size={16} aria-hidden="true" />
            Add members
          </Button>
        )
      }
    >
      {detail.activeMemberCount > MAX_RECOMMENDED_MEMBERS ? (
        <Notice tone="warning" title={`This group has ${detail.activeMemberCount} members`}>
          Peer groups work best with 5 to 7 members, 8 at most: everyone gets enough turns in the hot seat and the
          group stays a safe place to speak. Consider splitting it into two groups.
        </Notice>
      ) : null}

      {current.length === 0 ? (
        <div className="groups-section-empty">
          <p>No members yet. Add the 5 to 7 people who will meet in this group.</p>
          {archived ? null : (
            <Button onClick={() => setAdding(true)}>
              <UserPlus size={16} aria-hidden="true" />
              Add the first members
            </Button>
          )}
        </div>
      ) : (
        <MembersTable
          members={current}
          onGoal={setGoalFor}
          onDates={setDatesFor}
          onLeave={setLeaving}
          onRemove={setRemoving}
        />
      )}

      {former.length > 0 ? (
        <FormerMembers
          members={former}
          currentPersonIds={new Set(current.map((m) => m.membership.personId))}
          onRejoin={(m) => void doRejoin(m)}
          onDates={setDatesFor}
          onRemove={setRemoving}
        />
      ) : null}

      <AddMemberDialog open={adding} onOpenChange={setAdding} detail={detail} today={today} />
      <GoalDialog groupId={groupId} member={goalFor} onOpenChange={(open) => (open ? undefined : setGoalFor(null))} />
      <MembershipDatesDialog groupId={groupId} member={datesFor} onOpenChange={(open) => (open ? undefined : setDatesFor(null))} />
      <DateDialog
        open={leaving !== null}
        onOpenChange={(open) => (open ? undefined : setLeaving(null))}
        title={`${leaving?.name ?? 'Member'} leaves the group`}
        description="Their membership, goal and agreement stay in the group’s history."
        label="Left on"
        hint={LEAVING_DATE_HINT}
        submitLabel="Mark as left"
        defaultDate={today}
        serverField="leftOn"
        onSubmit={async (leftOn) => {
          if (!leaving) return;
          await leave.mutateAsync({ groupId, membershipId: leaving.membership.id, leftOn });
          toast({ title: `${leaving.name} marked as left`, tone: 'success' });
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => (open ? undefined : setRemoving(null))}
        tone="danger"
        title={`Remove ${removing?.name ?? 'this member'} from the group?`}
        description={
          <p>
            Use this only to correct a mistake: it deletes the membership with its goal and agreement, as if the
            person had never been in the group. If they have left, mark them as left instead; that keeps the history.
          </p>
        }
        confirmLabel="Remove"
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync({ groupId, membershipId: removing.membership.id });
          toast({ title: `${removing.name} removed from the group`, tone: 'success' });
        }}
      />
    </Card>
  );
}
