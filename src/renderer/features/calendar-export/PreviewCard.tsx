import type { ExportPreview } from '../../../shared/calendar-export';
import { Card } from '../../ui/Card';
import { formatDay } from '../../app/dates';
import { isChosen } from './export-form';
import { plural } from './export-words';
import { PersonPreviewRow } from './PersonPreviewRow';

function periodLine(preview: ExportPreview): string {
  return preview.to === null ? `From ${formatDay(preview.from)} to the end of each programme` : `${formatDay(preview.from)} to ${formatDay(preview.to)}`;
}

/**
 * The ledger's news for the people chosen. The first invitation to someone
 * covers their whole schedule, so they are counted apart from people whose
 * calendars hold an older version.
 */
function LedgerLine({ people }: { people: ExportPreview['people'] }) {
  const changed = people.filter((p) => !p.neverInvited && p.invitationsNeeded > 0).length;
  const never = people.filter((p) => p.neverInvited).length;
  return (
    <p className="cx-ledger" data-testid="ledger-line">
      {changed === 0 ? 'Nobody has changes since their last invitation.' : `${plural(changed, 'person has', 'people have')} changes since their last invitation.`}
      {never > 0 ? ` ${plural(never, 'person was', 'people were')} never invited: their first invitations cover their whole schedule.` : ''}
    </p>
  );
}

/** What the files will hold, per person, before anything is written. */
export function PreviewCard({ preview, personIds }: { preview: ExportPreview; personIds: readonly string[] | null }) {
  const people = preview.people.filter((p) => isChosen(personIds, p.personId));
  return (
    <Card title="Preview" description={`${periodLine(preview)}, on your clock.`}>
      <div className="stack">
        <LedgerLine people={people} />
        <p className="muted">
          {preview.groups.map((g) => `${g.name}’s group file: ${plural(g.meetings, 'meeting', 'meetings')}`).join(' · ')}
          {preview.groups.length > 0 ? ' · ' : ''}Your own file: {plural(preview.coachEvents, 'event', 'events')}
        </p>
        {people.length === 0 ? (
          <p className="muted">No one is chosen: no person gets a file.</p>
        ) : (
          <ul className="cx-people" aria-label="People’s files">
            {people.map((p) => (
              <PersonPreviewRow key={p.personId} person={p} />
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
