import { Card } from '../../ui/Card';

/** Why there are two kinds of file, and what to do with each: calendar apps treat them differently. */
export function HowToSend() {
  return (
    <Card title="How to send schedules">
      <div className="stack cx-help">
        <p>
          <strong>Files to import</strong> (.ics) are snapshots. Someone imports their file into their calendar once. Importing a newer file again may
          add duplicates or leave old times in place: Google Calendar in particular does not reliably update events it already has.
        </p>
        <p>
          <strong>Invitation drafts</strong> (.eml) come from you as the organiser. Google Calendar, Outlook and Apple Calendar update an invitation
          in place when a newer one for the same event arrives, and remove a cancelled one. Open each draft in your mail app and send it: Circlekeeper
          sends nothing itself. Each person’s drafts are in a folder named after them.
        </p>
        <p className="muted">Reminders travel inside the files; Google Calendar ignores them on import.</p>
      </div>
    </Card>
  );
}
