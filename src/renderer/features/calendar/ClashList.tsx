import { AlertTriangle, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CalendarClash, ClashSide } from '../../../shared/calendar-views';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { oneToOneName } from './labels';

// Clashes as sentences the coach can act on, each with links to the meetings
// and 1:1s involved (a busy time lives in their own calendar, so it has none).

function MeetingLink({ side }: { side: Extract<ClashSide, { kind: 'meeting' }> }) {
  const day = side.when.split(',')[0];
  return (
    <Link to={routes.meeting(side.group.id, side.meetingId)} className="cal-clash__link">
      Open {side.group.name} on {day}
      <ChevronRight size={14} aria-hidden="true" />
    </Link>
  );
}

function OneToOneLink({ side }: { side: Extract<ClashSide, { kind: 'one-to-one' }> }) {
  const day = side.when.split(',')[0];
  return (
    <Link to={routes.groupTab(side.group.id, 'between')} className="cal-clash__link">
      Open {oneToOneName(side.personName)} on {day}
      <ChevronRight size={14} aria-hidden="true" />
    </Link>
  );
}

export function ClashList({ clashes, firstShown = clashes.length }: { clashes: readonly CalendarClash[]; firstShown?: number }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? clashes : clashes.slice(0, firstShown);
  return (
    <>
      <ul className="cal-clashes">
        {shown.map((clash) => (
          <li key={`${clash.first.start}-${clash.second.start}-${clash.text}`} className="cal-clash">
            <AlertTriangle size={16} aria-hidden="true" className="cal-clash__icon" />
            <div className="cal-clash__text">
              <p className="cal-clash__message">{clash.text}</p>
              <p className="cal-clash__links">
                {[clash.first, clash.second].map((side, i) =>
                  side.kind === 'meeting' ? (
                    <MeetingLink key={i} side={side} />
                  ) : side.kind === 'one-to-one' ? (
                    <OneToOneLink key={i} side={side} />
                  ) : null,
                )}
              </p>
            </div>
          </li>
        ))}
      </ul>
      {clashes.length > firstShown ? (
        <div className="cal-clashes__more">
          <Button variant="ghost" size="sm" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
            {showAll ? 'Show fewer' : `Show all ${clashes.length}`}
          </Button>
        </div>
      ) : null}
    </>
  );
}
