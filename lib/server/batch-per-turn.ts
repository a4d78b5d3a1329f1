/**
 * Gathers the calls made during one turn of the event loop and answers them
 * with one lookup. Work that arrives together — a workshop's people joining
 * at once — then costs one database round trip instead of one each; a lone
 * call waits for nothing but the end of the current turn.
 */
export function batchPerTurn<K, V>(lookup: (keys: K[]) => Promise<Map<string, V>>, keyOf: (key: K) => string): (key: K) => Promise<V | undefined> {
  let waiting: Array<{ key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }> = [];
  const run = () => {
    const batch = waiting;
    waiting = [];
    // Calls with the same key share one answer; the first call's key is the one looked up.
    const unique = new Map<string, K>();
    for (const w of batch) if (!unique.has(keyOf(w.key))) unique.set(keyOf(w.key), w.key);
    lookup([...unique.values()]).then(
      (found) => batch.forEach((w) => w.resolve(found.get(keyOf(w.key)))),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
  };
  return (key) =>
    new Promise((resolve, reject) => {
      if (waiting.push({ key, resolve, reject }) === 1) setImmediate(run);
    });
}
