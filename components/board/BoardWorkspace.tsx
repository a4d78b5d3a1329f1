'use client';

import { useEffect, useState } from 'react';
import type { ConnectionStatus } from '@/lib/client/board/connection';
import type { Peer, PresenceView } from '@/lib/client/board/presence';
import { canDeleteContent, cellLanesFor } from '@/lib/shared/board-doc/access';
import { getScript } from '@/lib/shared/board-doc/scripts';
import { findStepByParam, stepParams } from '@/lib/shared/board-doc/step-slug';
import { addStepAt } from '@/lib/shared/board-doc/steps';
import { ProposalsDock } from '@/components/proposals/ProposalsDock';
import { BlueprintGrid } from './BlueprintGrid';
import { BoardSearch } from './BoardSearch';
import { BoardTour } from './BoardTour';
import { ConnectionBadge } from './ConnectionBadge';
import { useEditor } from './editor-context';
import { FollowingNote } from './FollowingNote';
import { LaneLegend } from './LaneLegend';
import { LaneManager } from './LaneManager';
import { OnlinePublisher } from './OnlinePublisher';
import { PresenceBar } from './PresenceBar';
import { ScriptHeader } from './ScriptHeader';
import { ScriptList } from './ScriptList';
import { ShortcutsSheet } from './ShortcutsSheet';
import { dropStep, runStepCommand, type StepCommand } from '@/lib/client/board/step-commands';
import { StepCard } from './StepCard';
import { StepStrip } from './StepStrip';
import { UndoButtons } from './UndoButtons';
import { useLanes, useScripts, useSteps } from './use-board-doc';
import { useFollow } from './use-follow';
import { useIsNarrow } from './use-presence';

/** `?step=` holds the step's slug or id as the URL says it; it is resolved against the script's steps. */
function readLocation(): PresenceView {
  const params = new URLSearchParams(window.location.search);
  return { scriptId: params.get('script'), stepId: params.get('step') };
}

/** The open script and step live in the URL (`?script=…&step=<name or id>`) so a link opens the same place. */
function writeLocation(scriptId: string | null, stepParam: string | null) {
  const url = new URL(window.location.href);
  for (const [key, value] of [['script', scriptId], ['step', stepParam]] as const) {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

/** Puts focus on a step's name once it is rendered (the grid renders only the columns in view). */
function focusStepHeader(stepId: string, tries = 10) {
  const el = document.querySelector<HTMLElement>(`[data-step-header="${stepId}"] [data-step-title]`);
  if (el) el.focus();
  else if (tries > 0) requestAnimationFrame(() => focusStepHeader(stepId, tries - 1));
}

export function BoardWorkspace({ status, nameOf }: { status: ConnectionStatus; nameOf(peer: Peer): string }) {
  const { conn, awareness, actor, readOnly, canManageLanes, notify } = useEditor();
  const scripts = useScripts(conn.doc);
  const allLanes = useLanes(conn.doc);
  const lanes = allLanes.filter((lane) => !lane.hidden);
  const [view, setView] = useState<PresenceView>(readLocation);
  const [scrollRequest, setScrollRequest] = useState(1);
  const narrow = useIsNarrow();

  const scriptId = scripts.some((s) => s.id === view.scriptId) ? view.scriptId! : (scripts[0]?.id ?? null);
  const script = scriptId ? getScript(conn.doc, scriptId) : undefined;
  const steps = useSteps(script);
  const stepId = findStepByParam(steps, view.stepId);
  const stepParam = stepId ? (stepParams(steps).get(stepId) ?? stepId) : null;

  const [following, setFollowing] = useFollow(awareness, (next) => {
    setView(next);
    setScrollRequest((n) => n + 1);
  });

  useEffect(() => {
    writeLocation(scriptId, stepParam);
    awareness.setLocalStateField('view', { scriptId, stepId });
  }, [awareness, scriptId, stepId, stepParam]);

  const openScript = (id: string) => {
    setFollowing(null);
    setView({ scriptId: id, stepId: null });
  };
  const jumpTo = (toScript: string | null, toStep: string) => {
    setFollowing(null);
    setView({ scriptId: toScript ?? scriptId, stepId: toStep });
    setScrollRequest((n) => n + 1);
  };
  const focusStep = (id: string) => setView((v) => (v.stepId === id && v.scriptId === scriptId ? v : { scriptId, stepId: id }));
  const onCommand = (id: string, command: StepCommand) => {
    if (!script) return;
    if (command === 'delete' && !canDeleteContent(actor)) return;
    const next = runStepCommand(conn, script, steps, id, command, cellLanesFor(actor, allLanes));
    if (command === 'delete') notify('Step deleted.', true);
    if (next) {
      setView({ scriptId, stepId: next });
      setScrollRequest((n) => n + 1);
      // A new or moved step keeps the keyboard with it, unless the caret is in a cell (the grid restores that).
      if (command !== 'delete' && !(document.activeElement instanceof HTMLTextAreaElement)) focusStepHeader(next);
    }
  };

  return (
    <div className="space-y-2">
      <OnlinePublisher />
      <div className="flex items-center justify-between gap-3 max-md:flex-wrap">
        <ScriptList scripts={scripts} currentId={scriptId} onOpen={openScript} />
        {/* Full width on a phone, so the tools wrap instead of widening the page (which zooms it out). */}
        <div className="flex flex-wrap items-center gap-2 max-md:w-full md:shrink-0">
          <BoardSearch onJump={(hit) => jumpTo(hit.scriptId, hit.stepId)} />
          <PresenceBar nameOf={nameOf} following={following} onFollow={setFollowing} />
          {!readOnly && <UndoButtons />}
          {canManageLanes && <LaneManager lanes={allLanes} />}
          <ShortcutsSheet />
          <ConnectionBadge status={status} readOnly={readOnly !== null} />
        </div>
      </div>
      {following !== null && <FollowingNote clientId={following} nameOf={nameOf} onStop={() => setFollowing(null)} />}
      {script && scriptId ? (
        <>
          <ScriptHeader key={`header-${scriptId}`} script={script} scriptId={scriptId} />
          {narrow ? (
            <StepCard script={script} scriptId={scriptId} lanes={lanes} steps={steps} currentStepId={stepId} onFocusStep={focusStep} onCommand={onCommand} />
          ) : (
            <BlueprintGrid
              key={`grid-${scriptId}`}
              script={script}
              scriptId={scriptId}
              lanes={lanes}
              steps={steps}
              currentStepId={stepId}
              scrollRequest={scrollRequest}
              onFocusStep={focusStep}
              onCommand={onCommand}
              onDropStep={(dragged, target) => dropStep(conn, script, steps, dragged, target)}
            />
          )}
          {steps.length === 0 && !readOnly && (
            <button type="button" className="rounded-lg border border-dashed border-line px-3 py-2 text-sm" onClick={() => conn.act(() => addStepAt(script, 0, cellLanesFor(actor, allLanes)))}>
              + Add the first step
            </button>
          )}
          <div className="flex items-center justify-between gap-4 max-md:flex-wrap">
            <StepStrip steps={steps} currentId={stepId} onJump={(id) => jumpTo(null, id)} />
            <LaneLegend />
          </div>
        </>
      ) : (
        <p className="text-sm text-muted">This board has no scripts yet.</p>
      )}
      <BoardTour />
      <ProposalsDock
        readOnly={readOnly !== null}
        onJump={(toScript, toStep) => {
          setFollowing(null);
          setView({ scriptId: toScript, stepId: toStep });
          setScrollRequest((n) => n + 1);
        }}
      />
    </div>
  );
}
