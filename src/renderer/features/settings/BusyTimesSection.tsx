import { CalendarX2, FileUp } from 'lucide-react';
import { useId, useState, type ChangeEvent } from 'react';
import { BusyImportInputSchema, skipReasonText, type BusyImportSummary } from '../../../shared/busy-import';
import type { CalendarSettings } from '../../../shared/calendar-views';
import { formatDay, formatInstant } from '../../app/dates';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/FormError';
import { Notice } from '../../ui/Notice';
import { useToast } from '../../ui/useToast';
import { readFileText } from '../people/file-text';

// Busy times from the coach's own calendar: they export it as an .ics file,
// choose it here, and its busy times count as clashes everywhere. The text is
// read in this window and sent to main, which keeps only when the coach is
// busy and each event's title; the file itself is not kept.

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function ImportResult({ summary }: { summary: BusyImportSummary }) {
  return (
    <Notice tone="success" title={`${plural(summary.busyCount, 'busy time', 'busy times')} read from ${summary.fileName}`}>
      <p>
        From {formatDay(summary.fromDate)} to {formatDay(summary.toDate)}.
        {summary.readInCoachZone > 0
          ? ` ${plural(summary.readInCoachZone, 'event had', 'events had')} no time zone Circlekeeper knows and ${summary.readInCoachZone === 1 ? 'was' : 'were'} read in yours.`
          : ''}
      </p>
      {/* What was left out is stored with the busy times and listed with them below, after a restart too. */}
      {summary.skipped.length > 0 ? <p>{plural(summary.skipped.reduce((n, s) => n + s.count, 0), 'event was', 'events were')} left out, as listed above.</p> : null}
    </Notice>
  );
}

/** What the stored import left out, by reason, as it was counted when the file was read. */
function LeftOut({ skipped }: { skipped: NonNullable<CalendarSettings['busy']>['skipped'] }) {
  if (skipped === null) return <p className="muted">Import the file again to see which of its events were left out.</p>;
  if (skipped.length === 0) return <p className="muted">No event in the file was left out.</p>;
  return (
    <>
      <p className="muted">Left out of this import:</p>
      <ul className="settings-busy__skipped" aria-label="Events left out of this import">
        {skipped.map((s) => (
          <li key={s.reason}>{skipReasonText(s.reason, s.count)}</li>
        ))}
      </ul>
    </>
  );
}

function Imported({ busy, timeZone }: { busy: NonNullable<CalendarSettings['busy']>; timeZone: string }) {
  return (
    <div className="settings-busy__current">
      <p>
        <strong>{plural(busy.busyCount, 'busy time', 'busy times')}</strong> from <strong>{busy.fileName}</strong>, imported{' '}
        {formatInstant(busy.importedAt, timeZone)}.
        {busy.first && busy.last && busy.busyCount > 1
          ? ` They run from ${formatInstant(busy.first.start, timeZone)} to ${formatInstant(busy.last.end, timeZone)}.`
          : ''}
      </p>
      {busy.upcoming.length > 0 ? (
        <>
          <p className="muted">Next:</p>
          <ul className="settings-busy__upcoming">
            {busy.upcoming.map((b) => (
              <li key={`${b.start}-${b.label}`}>
                <span className="settings-busy__when">{b.when}</span> {b.label || <span className="muted">No title</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">None of them is still ahead.</p>
      )}
      <LeftOut skipped={busy.skipped} />
    </div>
  );
}

export function BusyTimesSection({ settings }: { settings: CalendarSettings }) {
  const toast = useToast();
  const fileId = useId();
  const [summary, setSummary] = useState<BusyImportSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const importBusy = useApiMutation('calendar.importBusy');
  const clearBusy = useApiMutation('calendar.clearBusy');

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after exporting it afresh) reads it again.
    input.value = '';
    if (!file) return;
    setProblem(null);
    setSummary(null);
    const candidate = { fileName: file.name, text: await readFileText(file) };
    const checked = BusyImportInputSchema.safeParse(candidate);
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'That file cannot be imported.');
      return;
    }
    try {
      const result = await importBusy.mutateAsync(checked.data);
      setSummary(result);
      toast({ title: 'Busy times imported', tone: 'success' });
    } catch (err) {
      setProblem(err instanceof Error ? err.message : 'The file could not be imported. Please try again.');
    }
  }

  return (
    <div className="stack settings-busy">
      <p className="muted">
        Export your calendar as an .ics file (Google Calendar: Settings, Import &amp; export, Export; Outlook: File, Save
        calendar; Apple Calendar: File, Export) and choose it here. Its busy times count as clashes when you plan and on the
        calendar. Circlekeeper keeps only when you are busy and each event’s title, for the next two years; the file itself
        is not kept. Import a fresh export to bring them up to date: it replaces the last one.
      </p>
      {settings.busy ? <Imported busy={settings.busy} timeZone={settings.timeZone} /> : <p>No busy times imported yet.</p>}
      <div className="settings-busy__actions">
        {/* The native file button cannot be themed, so the input is hidden but focusable and its label drawn as a button. */}
        <input
          id={fileId}
          className="visually-hidden settings-busy__input"
          type="file"
          accept=".ics,.ical,.ifb,.icalendar,text/calendar"
          disabled={importBusy.isPending}
          onChange={(e) => void pickFile(e)}
        />
        <label htmlFor={fileId} className="ui-button ui-button--secondary ui-button--md">
          <FileUp size={16} aria-hidden="true" />
          {importBusy.isPending ? 'Reading the file…' : settings.busy ? 'Import a new .ics file…' : 'Import an .ics file…'}
        </label>
        {settings.busy ? (
          <Button variant="ghost" onClick={() => setConfirmClear(true)}>
            <CalendarX2 size={16} aria-hidden="true" />
            Remove busy times
          </Button>
        ) : null}
      </div>
      <FormError message={problem ?? undefined} />
      {summary ? <ImportResult summary={summary} /> : null}
      <ConfirmDialog
        open={confirmClear}
        onOpenChange={setConfirmClear}
        title="Remove your busy times?"
        description="Your meetings will no longer be checked against the calendar you imported. Your meetings themselves are not changed, and you can import the file again at any time."
        confirmLabel="Remove busy times"
        tone="danger"
        onConfirm={async () => {
          await clearBusy.mutateAsync({});
          setSummary(null);
          toast({ title: 'Busy times removed', tone: 'success' });
        }}
      />
    </div>
  );
}
