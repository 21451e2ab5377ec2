import { Lock, LockOpen } from 'lucide-react';
import { useState } from 'react';
import { useMainEvent } from '../../app/main-events';
import { useApiMutation } from '../../app/query';
import { useToast } from '../../ui/useToast';
import { lockNews } from './lock-news';
import { UnlockDialog } from './UnlockDialog';
import { useVaultStatus } from './vault-status';
import './vault.css';

/**
 * The sidebar's lock: shows whether the notes are locked; a click locks them,
 * or, when locked, opens the unlock dialog. Hidden until notes are set up.
 * When the notes lock by themselves (idle, sleep, screen lock) it says so.
 */
export function VaultLockControl() {
  const status = useVaultStatus();
  const toast = useToast();
  useMainEvent('vault.locked', ({ reason }) => {
    const news = lockNews(reason);
    if (news) toast({ title: 'Notes locked', description: news, tone: 'info' });
  });
  const lock = useApiMutation('vault.lock');
  const [unlocking, setUnlocking] = useState(false);
  const state = status.data?.state;
  if (state !== 'locked' && state !== 'unlocked') return null;
  const unlocked = state === 'unlocked';
  const Icon = unlocked ? LockOpen : Lock;
  return (
    <li>
      <button
        type="button"
        className={`app-nav__link vault-lock vault-lock--${state}`}
        onClick={() => (unlocked ? lock.mutate({}) : setUnlocking(true))}
        disabled={lock.isPending}
        title={unlocked ? 'Your notes are unlocked. Lock them now (Ctrl+Shift+L).' : 'Your notes are locked. Unlock them to read and write notes.'}
      >
        <Icon size={17} aria-hidden="true" className="app-nav__icon" />
        <span>{unlocked ? 'Lock notes' : 'Unlock notes'}</span>
      </button>
      <UnlockDialog open={unlocking} onOpenChange={setUnlocking} />
    </li>
  );
}
