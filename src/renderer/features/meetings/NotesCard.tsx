import { LockKeyhole } from 'lucide-react';
import { Card } from '../../ui/Card';

/**
 * Minutes and observations are confidential. They will live in encrypted notes
 * that only the coach's passphrase opens; until then the meeting keeps no free
 * text beyond one-line check-in summaries and next steps.
 */
export function NotesCard() {
  return (
    <Card title="Notes for this meeting">
      <div className="meeting-notes">
        <LockKeyhole size={20} aria-hidden="true" className="meeting-notes__icon" />
        <p>
          Your private notes on this meeting will be kept here, encrypted with a passphrase only you know, so they stay
          safe even if your computer is lost. Note-taking arrives in a coming version; until then, keep minutes and
          observations out of check-in summaries and next steps.
        </p>
      </div>
    </Card>
  );
}
