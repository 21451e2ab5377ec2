import { AlertTriangle, Pencil, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import type { MeetingPage } from '../../../shared/meeting-views';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { FormError } from '../../ui/FormError';
import { useToast } from '../../ui/useToast';
import { AgendaDialog } from './AgendaDialog';
import { MeetingSettingsDialog } from './MeetingSettingsDialog';

export interface MeetingIds {
  groupId: string;
  meetingId: string;
}

/** 'HH:mm' plus minutes, on the wall clock (a meeting does not span a clock change in practice). */
export function clockAfter(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function AgendaCard({ page, ids }: { page: MeetingPage; ids: MeetingIds }) {
  const [editing, setEditing] = useState(false);
  const [settings, setSettings] = useState(false);
  const reset = useApiMutation('meetings.saveAgenda');
  const { toast } = useToast();
  const [error, setError] = useState<string>();
  const { agenda } = page;
  const open = page.state !== 'cancelled';
  const source = agenda.edited
    ? 'Edited for this meeting.'
    : `Built from ${agenda.template === 'group' ? 'this group’s own template' : 'the method’s template'} for the members expected.`;

  async function backToTemplate() {
    setError(undefined);
    try {
      await reset.mutateAsync({ ...ids, agenda: { type: 'template' } });
      toast({ title: 'Agenda follows the template again', tone: 'success' });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <Card
      title="Agenda"
      description={`${source} ${agenda.check.totalMinutes} of ${agenda.check.meetingMinutes} minutes planned.`}
      actions={
        open ? (
          <>
            <Button size="sm" onClick={() => setEditing(true)}>
              <Pencil size={14} aria-hidden="true" /> Edit agenda
            </Button>
            {agenda.edited && page.state === 'planned' ? (
              <Button size="sm" variant="ghost" onClick={() => void backToTemplate()} disabled={reset.isPending}>
                <RotateCcw size={14} aria-hidden="true" /> Use the template
              </Button>
            ) : null}
          </>
        ) : undefined
      }
    >
      <FormError message={error} />
      <ol className="meeting-agenda">
        {agenda.items.map((item, index) => (
          <li key={`${index}-${item.kind}`} className={`meeting-agenda__item meeting-agenda__item--${item.kind}`}>
            <span className="meeting-agenda__time">{clockAfter(page.inGroupZone.startTime, item.startsAt)}</span>
            <span className="meeting-agenda__title">
              {item.title}
              {item.coacheeName ? <span className="meeting-agenda__coachee">{item.coacheeName}</span> : null}
            </span>
            <span className="meeting-agenda__minutes">{item.minutes} min</span>
          </li>
        ))}
      </ol>
      {agenda.check.warnings.length > 0 ? (
        <ul className="meeting-warnings" aria-label="Agenda warnings">
          {agenda.check.warnings.map((w) => (
            <li key={w}>
              <AlertTriangle size={14} aria-hidden="true" /> {w}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="meeting-card-foot">
        <Button size="sm" variant="ghost" onClick={() => setSettings(true)}>
          How this group’s meetings run…
        </Button>
      </p>
      <AgendaDialog open={editing} onOpenChange={setEditing} page={page} ids={ids} />
      <MeetingSettingsDialog open={settings} onOpenChange={setSettings} page={page} />
    </Card>
  );
}
