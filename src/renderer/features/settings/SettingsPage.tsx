import { useApiQuery } from '../../app/query';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { BackupsSection } from './BackupsSection';
import { CalendarSection } from './CalendarSection';
import { CoachSettingsForm } from './CoachSettingsForm';
import { NotesSecuritySection } from '../vault/NotesSecuritySection';
import { ExportSection } from './ExportSection';
import './settings.css';

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  const info = useApiQuery('app.info', {});

  return (
    <>
      <PageHeader title="Settings" subtitle="Your details, your calendar, your notes’ security, your data and its backups." />
      <div className="stack-lg settings-page">
        <Card title="You" description="How Circlekeeper greets you and which time zone it plans in by default.">
          <QueryBoundary query={settings} loadingLabel="Loading your settings…">
            {/* Keyed by the saved values so a restore or another window's change refreshes the form. */}
            {(data) => <CoachSettingsForm key={`${data.coachName}|${data.coachTimeZone}`} settings={data} />}
          </QueryBoundary>
        </Card>
        <CalendarSection />
        <QueryBoundary query={info} loadingLabel="Loading data details…">
          {(data) => (
            <>
              <NotesSecuritySection timeZone={data.settings.coachTimeZone} />
              <BackupsSection info={data} />
              <ExportSection />
              <Card title="About">
                <p>
                  Circlekeeper <span className="settings-version">version {data.version}</span>
                </p>
                <p className="muted">
                  A private workspace for coaches who run peer coaching groups. Your data stays on this computer.
                </p>
              </Card>
            </>
          )}
        </QueryBoundary>
      </div>
    </>
  );
}
