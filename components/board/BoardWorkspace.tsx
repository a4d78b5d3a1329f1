'use client';

import { useEffect, useState } from 'react';
import type { ConnectionStatus } from '@/lib/client/board/connection';
import type { Peer, PresenceView } from '@/lib/client/board/presence';
import { canDeleteContent, cellLanesFor } from '@/lib/shared/board-doc/access';
import { getScript } from '@/lib/shared/board-doc/scripts';
import { addStepAt } from '@/lib/shared/board-doc/steps';
import { ProposalsDock } from '@/components/proposals/ProposalsDock';
import { BlueprintGrid } from './BlueprintGrid';
import { ConnectionBadge } from './ConnectionBadge';
import { useEditor } from './editor-context';
import { LaneManager } from './LaneManager';
import { PresenceBar } from './PresenceBar';
import { ScriptHeader } from './ScriptHeader';
import { ScriptList } from './ScriptList';
import { dropStep, runStepCommand, type StepCommand } from '@/lib/client/board/step-commands';
import { StepCard } from './StepCard';
import { UndoButtons } from './UndoButtons';
import { useLanes, useScripts, useSteps } from './use-board-doc';
import { useFollow } from './use-follow';
import { useIsNarrow } from './use-presence';

function readLocation(): PresenceView {
  const params = new URLSearchParams(window.location.search);
  return { scriptId: params.get('script'), stepId: params.get('step') };
}

/** The open script and step live in the URL (`?script=…&step=…`) so a link opens the same place. */
function writeLocation(view: PresenceView) {
  const url = new URL(window.location.href);
  for (const key of ['script', 'step'] as const) {
    const value = view[`${key}Id`];
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
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
  const stepId = steps.some((s) => s.id === view.stepId) ? view.stepId : null;

  const [following, setFollowing] = useFollow(awareness, (next) => {
    setView(next);
    setScrollRequest((n) => n + 1);
  });

  useEffect(() => {
    writeLocation({ scriptId, stepId });
    awareness.setLocalStateField('view', { scriptId, stepId });
  }, [awareness, scriptId, stepId]);

  const openScript = (id: string) => {
    setFollowing(null);
    setView({ scriptId: id, stepId: null });
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
    }
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ScriptList scripts={scripts} currentId={scriptId} onOpen={openScript} />
        <div className="flex flex-wrap items-center gap-3">
          <PresenceBar nameOf={nameOf} following={following} onFollow={setFollowing} />
          {!readOnly && <UndoButtons />}
          {canManageLanes && <LaneManager lanes={allLanes} />}
          <ConnectionBadge status={status} readOnly={readOnly !== null} />
        </div>
      </div>
      {following !== null && (
        <p className="text-sm text-muted" role="status">
          Following someone: your view moves with theirs.{' '}
          <button type="button" className="font-medium text-brand underline" onClick={() => setFollowing(null)}>
            Stop following
          </button>
        </p>
      )}
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
        </>
      ) : (
        <p className="text-sm text-muted">This board has no scripts yet.</p>
      )}
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
