import { Lock, LockOpen } from 'lucide-react';
import { Badge } from '../../ui/Badge';

// Locked is the notes' resting, safe state, so it is shown plainly (a
// neutral badge): green would read as "open, go ahead". Unlocked is the state
// a coach should notice (someone at this computer can read the notes), so it
// carries the warning tone. Each says in words what it means, so neither
// leans on its colour.

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** "Your notes are locked/unlocked", and what that means for who can read them. */
export function VaultStateLine({ unlocked, idleLockMinutes }: { unlocked: boolean; idleLockMinutes: number }) {
  return (
    <div className="vault-state__text">
      <p className="vault-state__line">
        {unlocked ? <LockOpen size={18} aria-hidden="true" /> : <Lock size={18} aria-hidden="true" />}
        <span>
          Your notes are <Badge tone={unlocked ? 'warning' : 'neutral'}>{unlocked ? 'unlocked' : 'locked'}</Badge>
        </span>
      </p>
      <p className="muted vault-state__meaning">
        {unlocked
          ? `Anyone using this computer can read them until they lock again: after ${minutes(idleLockMinutes)} without use, or when you lock them now.`
          : 'Nobody can read them, on this computer or from its files, until you unlock them with your passphrase or recovery key.'}
      </p>
    </div>
  );
}
