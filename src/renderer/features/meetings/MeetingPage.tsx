import { CheckCircle2, ChevronLeft, ChevronRight, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MeetingPage as Page } from '../../../shared/meeting-views';
import { formatDay, formatDayLong } from '../../app/dates';
import { usePageTitle } from '../../app/page-title';
import { useApiMutation, useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useToast } from '../../ui/useToast';
import { MemberMeetingStats } from '../groups/meetings/MemberMeetingStats';
import { AgendaCard } from './AgendaCard';
import { CoacheesCard } from './CoacheesCard';
import { stateLabel, stateTone } from './labels';
import { MeetingFacts } from './MeetingFacts';
import { MembersCard } from './MembersCard';
import { NextStepsCard } from './NextStepsCard';
import { NotesCard } from './NotesCard';
import { ReviewCard } from './ReviewCard';
import './meetings.css';

/** One meeting, as the coach runs it: agenda, hot seat, attendance and check-ins, next steps and their review. */
export function MeetingPage() {
  const { groupId = '', meetingId = '' } = useParams();
  const page = useApiQuery('meetings.page', { groupId, meetingId });
  usePageTitle(page.data ? `${page.data.group.name}, ${formatDay(page.data.meeting.date)}` : undefined);
  return (
    <div className="meeting-page">
      <QueryBoundary query={page} loadingLabel="Loading the meeting…" errorTitle="This meeting could not be loaded">
        {(data) => <MeetingView page={data} />}
      </QueryBoundary>
    </div>
  );
}

function MeetingView({ page }: { page: Page }) {
  const { group, meeting } = page;
  const ids = { groupId: group.id, meetingId: meeting.id };
  return (
    <div className="meeting-layout" style={{ ['--group-color' as string]: group.color }}>
      <PageHeader
        title={formatDayLong(page.inGroupZone.date)}
        subtitle={
          <span className="meeting-subtitle">
            <span className="meeting-subtitle__swatch" aria-hidden="true" />
            {group.name}
            {page.number !== null ? ` · Meeting ${page.number} of ${page.of}` : ''}
            <Badge tone={stateTone[page.state]}>{stateLabel[page.state]}</Badge>
          </span>
        }
        back={{ to: routes.group(group.id), label: group.name }}
        actions={<HeldAction page={page} />}
      />
      <nav className="meeting-siblings" aria-label="Other meetings of this group">
        {page.previous ? (
          <Link to={routes.meeting(group.id, page.previous.id)} className="meeting-siblings__link">
            <ChevronLeft size={16} aria-hidden="true" /> Previous meeting, {formatDay(page.previous.date)}
          </Link>
        ) : (
          <span />
        )}
        {page.next ? (
          <Link to={routes.meeting(group.id, page.next.id)} className="meeting-siblings__link">
            Next meeting, {formatDay(page.next.date)} <ChevronRight size={16} aria-hidden="true" />
          </Link>
        ) : null}
      </nav>
      {page.state === 'cancelled' ? (
        <Notice tone="warning" title="This meeting was cancelled">
          {meeting.cancelledReason ? <p>{meeting.cancelledReason}</p> : null}
          <p>What was recorded before is kept; nothing new can be added.</p>
        </Notice>
      ) : null}
      <MeetingFacts page={page} />
      <div className="meeting-columns">
        <AgendaCard page={page} ids={ids} />
        <CoacheesCard page={page} ids={ids} />
      </div>
      <ReviewCard page={page} ids={ids} />
      <MembersCard page={page} ids={ids} />
      <NextStepsCard page={page} ids={ids} />
      <NotesCard page={page} />
      <MemberMeetingStats groupId={group.id} />
    </div>
  );
}

function HeldAction({ page }: { page: Page }) {
  const mark = useApiMutation('meetings.markHeld');
  const { toast } = useToast();
  const [error, setError] = useState<string>();
  if (page.state === 'cancelled' || !page.started) return null;
  const held = page.state === 'held';
  async function toggle() {
    setError(undefined);
    try {
      await mark.mutateAsync({ groupId: page.group.id, meetingId: page.meeting.id, held: !held });
      toast({ title: held ? 'Marked as not held' : 'Meeting recorded as held', tone: 'success' });
    } catch (err) {
      setError((err as Error).message);
    }
  }
  return (
    <div className="meeting-held">
      <Button variant={held ? 'ghost' : 'primary'} onClick={() => void toggle()} disabled={mark.isPending}>
        {held ? <RotateCcw size={16} aria-hidden="true" /> : <CheckCircle2 size={16} aria-hidden="true" />}
        {held ? 'Undo “held”' : 'Mark as held'}
      </Button>
      <FormError message={error} />
    </div>
  );
}
