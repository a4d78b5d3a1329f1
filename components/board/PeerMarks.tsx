import type { Peer } from '@/lib/client/board/presence';

export interface PeerMark {
  peer: Peer;
  from: number;
  to: number;
}

/**
 * The text of a field cut at other people's selections: selections are tinted
 * in their colour and each caret is a thin bar with their name above it.
 * Rendered in the transparent backdrop, so only the tints and carets show.
 */
export function PeerMarks({ value, marks, nameOf }: { value: string; marks: PeerMark[]; nameOf(peer: Peer): string }) {
  if (marks.length === 0) return <>{value}</>;
  const cuts = [...new Set([0, value.length, ...marks.flatMap((m) => [m.from, m.to])])].filter((n) => n <= value.length).sort((a, b) => a - b);
  const out: React.ReactNode[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    for (const mark of marks) {
      if (mark.to === at) out.push(<Caret key={`c${mark.peer.clientId}`} peer={mark.peer} name={nameOf(mark.peer)} />);
    }
    const next = cuts[i + 1];
    if (next === undefined) break;
    const piece = value.slice(at, next);
    const tint = marks.find((m) => m.from <= at && m.to >= next && m.from !== m.to);
    out.push(
      tint ? (
        <span key={`s${at}`} style={{ backgroundColor: `${tint.peer.user.color}33` }}>
          {piece}
        </span>
      ) : (
        piece
      ),
    );
  }
  return <>{out}</>;
}

function Caret({ peer, name }: { peer: Peer; name: string }) {
  return (
    <span className="relative" data-peer-caret={peer.user.id}>
      <span className="absolute -left-px top-0 h-5 w-0.5" style={{ backgroundColor: peer.user.color }} />
      <span
        className="absolute -top-4 -left-px max-w-32 truncate rounded-sm px-1 text-[11px] leading-4 font-medium whitespace-nowrap text-white"
        style={{ backgroundColor: peer.user.color }}
        data-peer-label
      >
        {name}
      </span>
    </span>
  );
}
