/** y-websocket message types (first varUint of every frame). */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
/** y-protocols sync message types (second varUint of a sync message). */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;
