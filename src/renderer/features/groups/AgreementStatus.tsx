import type { MemberView } from '../../../shared/views';
import { Badge } from '../../ui/Badge';
import { formatDay } from './format';

/** Where a member stands with the current norms, in words a coach would use. */
export function AgreementStatus({ member }: { member: MemberView }) {
  if (member.agreement) {
    return <Badge tone="success" wrap>Agreed on {formatDay(member.agreement.agreedOn)}</Badge>;
  }
  if (member.staleAgreement) {
    return (
      <Badge tone="warning" wrap title="The norms have changed since this member agreed.">
        Agreed to an earlier version ({formatDay(member.staleAgreement.agreedOn)})
      </Badge>
    );
  }
  return <Badge tone="danger" wrap>Not yet agreed</Badge>;
}
