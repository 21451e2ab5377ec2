import { keyGroups } from './recovery-key-groups';

/**
 * The recovery key, large and in numbered groups of four, for copying by hand.
 * It is also what a print of the page shows, alone (vault.css, @media print).
 */
export function RecoveryKeySheet({ recoveryKey }: { recoveryKey: string }) {
  const groups = keyGroups(recoveryKey);
  return (
    <div className="vault-key-sheet">
      <p className="vault-key-sheet__print-title">Circlekeeper recovery key</p>
      <ol className="vault-key" aria-label="Recovery key">
        {groups.map((group, i) => (
          <li key={i} className="vault-key__group">
            <span className="vault-key__number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="vault-key__text">{group}</span>
          </li>
        ))}
      </ol>
      <p className="vault-key-sheet__print-note">
        This key opens your confidential notes in Circlekeeper if you forget your passphrase. Keep it somewhere safe, away
        from your computer. If both the key and the passphrase are lost, the notes cannot be recovered.
      </p>
    </div>
  );
}
