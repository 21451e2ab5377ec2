import type { BackupInfo } from '../../../shared/views';

export const backupReasonLabel: Record<BackupInfo['reason'], string> = {
  start: 'When Circlekeeper started',
  periodic: 'Automatic, while working',
  manual: 'Made by you',
  'before-restore': 'Taken before a restore',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
