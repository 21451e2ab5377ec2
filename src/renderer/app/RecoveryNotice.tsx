import type { AppInfo, RecoveryEvent } from '../../shared/views';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { formatInstant, instantFromStamp } from './dates';
import { useApiMutation, useApiQuery } from './query';

const GROUP_FILE = /^groups\/([0-9a-f-]{36})\.json$/;

export function joinPath(dir: string, relative: string): string {
  const windows = dir.includes('\\') && !dir.includes('/');
  const sep = windows ? '\\' : '/';
  return `${dir.replace(/[\\/]+$/, '')}${sep}${windows ? relative.replace(/\//g, '\\') : relative}`;
}

function describeFile(file: string, groupNames: Map<string, string>): string {
  if (file === 'index.json') return 'The file with your people and settings';
  const groupId = GROUP_FILE.exec(file)?.[1];
  if (groupId) {
    const name = groupNames.get(groupId);
    return name ? `The file of the group “${name}”` : 'A group’s file';
  }
  if (file === 'groups') return 'The folder of group files';
  if (file === 'backups') return 'The backups folder';
  if (file === 'quarantine') return 'The folder for damaged files';
  return `The file ${file}`;
}

/** "the backup of 3 Feb 2027, 09:30", or the id when it carries no readable time. */
function backupName(id: string, zone: string): string {
  const at = instantFromStamp(id);
  return at ? `the backup of ${formatInstant(at, zone)}` : `the backup ${id}`;
}

function EventText({ event, zone, groupNames }: { event: RecoveryEvent; zone: string; groupNames: Map<string, string> }) {
  const what = describeFile(event.file, groupNames);
  switch (event.kind) {
    case 'file-restored':
      return (
        <>
          <p>
            <strong>{what}</strong> (<code>{event.file}</code>) was damaged: {event.problem}
          </p>
          <p>
            It was restored from <strong>{backupName(event.restoredFrom ?? '', zone)}</strong>. Changes made to it after that
            backup are not in the restored copy.
          </p>
        </>
      );
    case 'file-set-aside':
      return (
        <>
          <p>
            <strong>{what}</strong> (<code>{event.file}</code>) was damaged: {event.problem}
          </p>
          <p className="app-recovery__failed">
            No backup held a good copy, so it could not be restored.
            {GROUP_FILE.test(event.file) ? ' This group is missing from Circlekeeper until the file is repaired.' : ''}
          </p>
        </>
      );
    case 'entry-set-aside':
      return (
        <p>
          <strong>{what}</strong> was not what Circlekeeper expected: {event.problem} It was moved out of the way.
        </p>
      );
    case 'restore-finished':
      return (
        <p>
          {event.problem} Circlekeeper completed the restore of <strong>{backupName(event.restoredFrom ?? '', zone)}</strong> when
          it started, so everything now comes from that backup.
        </p>
      );
    case 'restore-rolled-back':
      return (
        <p>
          {event.problem}. Circlekeeper put back everything as it was before the restore, from{' '}
          <strong>{backupName(event.restoredFrom ?? '', zone)}</strong>.
        </p>
      );
    case 'restore-unresolved':
      return (
        <p className="app-recovery__failed">
          {event.problem} Check your groups and people, and restore a backup from Settings if something looks wrong.
        </p>
      );
  }
}

/**
 * What recovery did to the data folder, shown on every start until the coach
 * says they have read it: a group set aside must not be a message seen once
 * and gone. Each item says what was damaged, what it came back from and where
 * the damaged original was kept.
 */
export function RecoveryNotice({ info }: { info: AppInfo }) {
  const recovery = info.recovery;
  const groups = useApiQuery('groups.list', { includeArchived: true }, { enabled: recovery.length > 0 });
  const acknowledge = useApiMutation('recovery.acknowledge');
  if (recovery.length === 0) return null;

  const groupNames = new Map((groups.data ?? []).map((s) => [s.group.id, s.group.name]));
  const zone = info.settings.coachTimeZone;
  const anyLost = recovery.some((e) => e.kind === 'file-set-aside' || e.kind === 'restore-unresolved');
  return (
    <Notice
      tone={anyLost ? 'danger' : 'warning'}
      title={anyLost ? 'Some of your data was damaged and could not all be restored' : 'Circlekeeper repaired damaged data'}
      actions={
        <Button
          size="sm"
          variant="secondary"
          disabled={acknowledge.isPending}
          onClick={() => acknowledge.mutate({ ids: recovery.map((e) => e.id) })}
        >
          I have read this
        </Button>
      }
    >
      <ul className="app-recovery__list">
        {recovery.map((event) => (
          <li key={event.id} className="app-recovery__item">
            <EventText event={event} zone={zone} groupNames={groupNames} />
            {event.keptAs ? (
              <p>
                The damaged original is kept, unchanged, at{' '}
                <code className="app-recovery__path">{joinPath(info.dataDir, event.keptAs)}</code>.
              </p>
            ) : null}
            <p className="muted app-recovery__when">Found {formatInstant(event.occurredAt, zone)}.</p>
          </li>
        ))}
      </ul>
      {acknowledge.error ? <p className="app-recovery__failed">{acknowledge.error.message}</p> : null}
    </Notice>
  );
}
