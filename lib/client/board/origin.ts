/**
 * The transaction origin of this person's own edits. The undo manager tracks
 * only it, so Ctrl+Z never undoes someone else's typing (remote updates
 * arrive with the provider as origin, offline state with the IndexedDB one).
 */
export const LOCAL_ORIGIN = { name: 'coscript-local-edit' } as const;
