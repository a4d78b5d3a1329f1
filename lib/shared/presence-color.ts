// Dark enough for white text on it.
const PALETTE = ['#b91c1c', '#c2410c', '#a16207', '#15803d', '#0f766e', '#0369a1', '#4338ca', '#7e22ce', '#be185d'];

/**
 * A person's presence colour: the sync server stamps it on every presence
 * state (server/sync/awareness-rewrite.ts) and pages show what it sends.
 */
export function presenceColor(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
