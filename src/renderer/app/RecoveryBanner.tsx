import { useState } from 'react';
import type { AppInfo, RecoveryEvent } from '../../shared/views';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { formatInstant, instantFromStamp } from './dates';
import { useApiQuery } from './query';

const GROUP_FILE = /^groups\/([0-9a-f-]{36})\.json$/;

function joinPath(dir: string, relative: string): string {
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
  return `The file ${file}`;
}

function RecoveryLine({ event, info, groupNames }: { event: RecoveryEvent; info: AppInfo; groupNames: Map<string, string> }) {
  const what = describeFile(event.file, groupNames);
  const restoredAt = event.restoredFrom ? instantFromStamp(event.restoredFrom) : null;
  const zone = info.settings.coachTimeZone;
  return (
    <li className="app-recovery__item">
      <p>
        <strong>{what}</strong> (<code>{event.file}</code>) was damaged: {event.problem}
      </p>
      {event.restoredFrom ? (
        <p>
          It was restored from the backup of{' '}
          <strong>{restoredAt ? formatInstant(restoredAt, zone) : event.restoredFrom}</strong>. Changes made after that
          backup to this file are not in the restored copy.
        </p>
      ) : (
        <p className="app-recovery__failed">
          No backup held a good copy, so it could not be restored.
          {GROUP_FILE.test(event.file) ? ' This group is not shown until the file is repaired.' : ''}
        </p>
      )}
      {event.keptAs ? (
        <p>
          The damaged copy has been kept, unchanged, at <code className="app-recovery__path">{joinPath(info.dataDir, event.keptAs)}</code>
          .
        </p>
      ) : null}
    </li>
  );
}

/**
 * Tells the coach, once per start, that damaged files were found and what was
 * done about them. Nothing is repaired silently: they should know which
 * backup they are now looking at and where the damaged copy is.
 */
export function RecoveryBanner() {
  const info = useApiQuery('app.info', {});
  const recovery = info.data?.recovery ?? [];
  const groups = useApiQuery('groups.list', { includeArchived: true }, { enabled: recovery.length > 0 });
  const [dismissed, setDismissed] = useState(false);

  if (!info.data || recovery.length === 0 || dismissed) return null;

  const groupNames = new Map((groups.data ?? []).map((s) => [s.group.id, s.group.name]));
  const anyLost = recovery.some((e) => e.restoredFrom === null);
  return (
    <div className="app-recovery">
      <Notice
        tone={anyLost ? 'danger' : 'warning'}
        title={
          anyLost
            ? 'Some of your data was damaged and could not all be restored'
            : 'Circlekeeper repaired damaged data when it started'
        }
        actions={
          <Button size="sm" variant="secondary" onClick={() => setDismissed(true)} aria-label="Dismiss the recovery message">
            Dismiss
          </Button>
        }
      >
        <ul className="app-recovery__list">
          {recovery.map((event) => (
            <RecoveryLine key={`${event.file}-${event.keptAs}`} event={event} info={info.data} groupNames={groupNames} />
          ))}
        </ul>
      </Notice>
    </div>
  );
}
