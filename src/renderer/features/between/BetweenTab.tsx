import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { BetweenView } from '../../../shared/contract/between';
import { useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useToast } from '../../ui/useToast';
import { MemberOneToOnesCard } from '../one-to-ones/MemberOneToOnesCard';
import { OneToOnesCard } from '../one-to-ones/OneToOnesCard';
import { AwayDialog, useSetAbsent } from './AwayDialog';
import { BetweenSettingsCard } from './BetweenSettingsCard';
import { PairingMatrixCard } from './PairingMatrixCard';
import { PlanRoundsButton } from './PlanRoundsButton';
import { RoundCard, type RoundActions } from './RoundCard';
import { RoundSections } from './RoundSections';
import { SessionDialog, type RecordingSession } from './SessionDialog';
import { SwapPeopleDialog } from './SwapPeopleDialog';
import { namesFrom } from './round-words';
import './between.css';

/** The group's "Between meetings" tab: the round under way, the rounds planned and the ones before. */
export function BetweenTab({ groupId, internal }: { groupId: string; internal: boolean }) {
  const view = useApiQuery('between.view', { groupId });
  const settings = useApiQuery('settings.get', {});
  return (
    <QueryBoundary query={view} loadingLabel="Loading the rounds…" errorTitle="The rounds could not be loaded">
      {(data) => (
        // The coach's zone is where an agreed time is written down.
        <QueryBoundary query={settings} loadingLabel="Loading the rounds…" errorTitle="Your settings could not be loaded">
          {(s) => <BetweenContent view={data} coachZone={s.coachTimeZone} internal={internal} />}
        </QueryBoundary>
      )}
    </QueryBoundary>
  );
}

function BetweenContent({ view, coachZone, internal }: { view: BetweenView; coachZone: string; internal: boolean }) {
  const nameOf = useMemo(() => namesFrom(view.members), [view.members]);
  const [problems, setProblems] = useState<string[]>([]);
  const [swapping, setSwapping] = useState<string | null>(null);
  const [markingAway, setMarkingAway] = useState<string | null>(null);
  const [recording, setRecording] = useState<{ roundId: string; sessionId: string } | null>(null);
  const setAbsent = useSetAbsent(view.groupId, nameOf);
  const { toast } = useToast();
  // Dialogs hold ids, not copies, so what they show follows the view after each change.
  const roundById = (id: string | null) => view.rounds.find((r) => r.id === id) ?? null;
  const recordingRound = roundById(recording?.roundId ?? null);
  const recordingSession: RecordingSession | null = (() => {
    const session = recordingRound?.sessions.find((s) => s.id === recording?.sessionId);
    return recordingRound && session ? { roundId: recordingRound.id, session } : null;
  })();

  const actions: RoundActions = {
    onSwap: (round) => setSwapping(round.id),
    onMarkAway: (round) => setMarkingAway(round.id),
    onBringBack: (round, personId) =>
      void setAbsent(round.id, personId, false).catch((err: Error) => toast({ title: 'That could not be changed', description: err.message, tone: 'danger' })),
    onRecord: (round, sessionId) => setRecording({ roundId: round.id, sessionId }),
  };

  const members = view.members.filter((m) => m.current).length;
  const empty = members < 2 || (view.rounds.length === 0 && view.unplannedGaps === 0);

  return (
    <div className="between-tab">
      <div className="between-tab__toolbar">
        <p className="between-muted">Pairs coach each other between meetings: an hour together, each the coach for half of it.</p>
        {!empty ? (
          <PlanRoundsButton view={view} onProblems={setProblems} />
        ) : null}
      </div>
      {problems.length > 0 ? (
        <Notice tone="warning" title="Some rounds could not be planned">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </Notice>
      ) : null}
      {!empty && view.unplannedGaps > 0 ? (
        <Notice tone="info" title={`${view.unplannedGaps} gap${view.unplannedGaps === 1 ? '' : 's'} between meetings with no round yet`}>
          <p>Plan rounds to pair the members for {view.unplannedGaps === 1 ? 'it' : 'them'}.</p>
        </Notice>
      ) : null}
      {empty ? <NothingToPair groupId={view.groupId} members={members} /> : <RoundSections rounds={view.rounds} render={(round, prominent) => <RoundCard round={round} nameOf={nameOf} actions={actions} prominent={prominent} />} />}
      <MemberOneToOnesCard groupId={view.groupId} coachZone={coachZone} />
      <OneToOnesCard groupId={view.groupId} />
      <div className="between-tab__cards">
        <PairingMatrixCard view={view} />
        <BetweenSettingsCard groupId={view.groupId} view={view} internal={internal} />
      </div>
      <SwapPeopleDialog groupId={view.groupId} round={roundById(swapping)} nameOf={nameOf} onClose={() => setSwapping(null)} />
      <AwayDialog groupId={view.groupId} round={roundById(markingAway)} nameOf={nameOf} onClose={() => setMarkingAway(null)} />
      <SessionDialog groupId={view.groupId} coachZone={coachZone} recording={recordingSession} nameOf={nameOf} onClose={() => setRecording(null)} />
    </div>
  );
}

function NothingToPair({ groupId, members }: { groupId: string; members: number }) {
  return members < 2 ? (
    <EmptyState
      title="Pairs need at least two members"
      action={
        <Link to={routes.groupTab(groupId, 'members')} className="groups-link-button">
          Add members
        </Link>
      }
    >
      <p>Add members to the group, and rounds of pair sessions can be planned between its meetings.</p>
    </EmptyState>
  ) : (
    <EmptyState
      title="No meetings ahead to pair between"
      action={
        <Link to={routes.groupTab(groupId, 'meetings')} className="groups-link-button">
          Plan meetings
        </Link>
      }
    >
      <p>A round fills the time between two meetings. Plan at least two meetings ahead, then plan the rounds.</p>
    </EmptyState>
  );
}

