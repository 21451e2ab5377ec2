import { Trash2 } from 'lucide-react';
import type { MemberView } from '../../../shared/views';
import { Button } from '../../ui/Button';

/**
 * Removing a membership erases it from the group's history, so current and
 * former members offer it with the same quiet icon and the same warning title.
 */
export function RemoveMemberButton({ member, onRemove }: { member: MemberView; onRemove: (member: MemberView) => void }) {
  return (
    <Button
      size="sm"
      variant="ghost"
      className="groups-danger-icon"
      onClick={() => onRemove(member)}
      aria-label={`Remove ${member.name} from the group`}
      title="Remove (for mistakes only)"
    >
      <Trash2 size={14} aria-hidden="true" />
    </Button>
  );
}
