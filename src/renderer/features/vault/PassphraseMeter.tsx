import type { PassphraseVerdict } from '../../../shared/passphrase-rule';
import { PASSPHRASE_MIN_SCORE } from '../../../shared/passphrase-rule';
import { STRENGTH_LABELS } from './passphrase-strength';

/**
 * How hard a new passphrase would be to guess, as main estimated it: a meter
 * of four steps, the word for it, and zxcvbn's warning and suggestions.
 */
export function PassphraseMeter({ verdict, id }: { verdict: PassphraseVerdict | undefined; id?: string }) {
  const score = verdict?.score ?? 0;
  const label = verdict ? STRENGTH_LABELS[score] : 'Not yet rated';
  const tone = !verdict ? 'none' : score >= PASSPHRASE_MIN_SCORE ? 'good' : score === 2 ? 'fair' : 'poor';
  const advice = verdict ? [verdict.warning, ...verdict.suggestions].filter((t): t is string => Boolean(t)) : [];
  return (
    <div className="vault-meter" id={id}>
      <div className="vault-meter__row">
        <div
          className={`vault-meter__bar vault-meter__bar--${tone}`}
          role="meter"
          aria-label="Passphrase strength"
          aria-valuemin={0}
          aria-valuemax={4}
          aria-valuenow={score}
          aria-valuetext={label}
        >
          {[1, 2, 3, 4].map((step) => (
            <span key={step} className={`vault-meter__step${verdict && score >= step ? ' vault-meter__step--on' : ''}`} />
          ))}
        </div>
        <span className="vault-meter__label" aria-live="polite">
          {label}
        </span>
      </div>
      {advice.length > 0 ? (
        <ul className="vault-meter__advice">
          {advice.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
