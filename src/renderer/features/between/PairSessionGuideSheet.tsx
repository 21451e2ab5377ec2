import { pairSessionGuide } from '../../../shared/pair-session-guide';
import './pair-session-guide.css';

/**
 * The pair-session guide as the pair will read it: who, when and where, then
 * each half's steps with the coach's questions. It is also what a print shows,
 * alone (pair-session-guide.css, @media print).
 */
export function PairSessionGuideSheet({ names, when, where }: { names: string[]; when: string | null; where: string }) {
  const guide = pairSessionGuide(names);
  return (
    <article className="pair-guide-sheet" aria-label="Pair session guide">
      <h3 className="pair-guide-sheet__title">{guide.title}</h3>
      <dl className="pair-guide-sheet__facts">
        <dt>For</dt>
        <dd>{names.join(', ')}</dd>
        <dt>When</dt>
        <dd>{when ?? 'To be agreed between you'}</dd>
        <dt>Where</dt>
        <dd>{where.trim() === '' ? 'To be agreed between you' : where.trim()}</dd>
      </dl>
      <p>{guide.intro}</p>
      {guide.halves.map((part) => (
        <section key={part.title} className="pair-guide-sheet__half">
          <h4 className="pair-guide-sheet__half-title">
            {part.title} <span className="pair-guide-sheet__minutes">({part.minutes} minutes)</span>
          </h4>
          <ol className="pair-guide-sheet__steps">
            {part.steps.map((step) => (
              <li key={step.title}>
                <strong>{step.title}</strong>
                <ul className="pair-guide-sheet__questions">
                  {step.questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
                {step.note ? <p className="pair-guide-sheet__note">{step.note}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p className="pair-guide-sheet__closing">{guide.closing}</p>
    </article>
  );
}
