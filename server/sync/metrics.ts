import client from 'prom-client';

/** Prometheus metrics of the process (served at /metrics). One registry per process. */
export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry });

const make = {
  gauge: (name: string, help: string, labelNames: string[] = []) => new client.Gauge({ name, help, labelNames, registers: [registry] }),
  counter: (name: string, help: string, labelNames: string[] = []) => new client.Counter({ name, help, labelNames, registers: [registry] }),
};

export const metrics = {
  sockets: make.gauge('coscript_sync_sockets', 'Open sync sockets'),
  roomsLoaded: make.gauge('coscript_sync_rooms_loaded', 'Rooms (board content or control) held in memory'),
  connections: make.counter('coscript_sync_connections_total', 'Sync connections admitted'),
  refused: make.counter('coscript_sync_refused_total', 'Sync sockets refused or closed by the server, by close code', ['code']),
  refusedWrites: make.counter('coscript_sync_refused_writes_total', 'Updates refused, by reason', ['reason']),
  updates: make.counter('coscript_sync_updates_total', 'Updates applied from clients'),
  pendingAfterApply: make.counter('coscript_sync_pending_after_apply_total', 'Accepted client updates that left pending structs or deletes in the document (a bug; dropped)'),
  bytesIn: make.counter('coscript_sync_bytes_in_total', 'Bytes received on sync sockets'),
  bytesOut: make.counter('coscript_sync_bytes_out_total', 'Bytes sent on sync sockets'),
  persisted: make.counter('coscript_sync_updates_persisted_total', 'Updates committed to the log'),
  persistQueue: make.gauge('coscript_sync_persist_queue', 'Updates waiting for their group commit'),
  checkpointQueue: make.gauge('coscript_sync_checkpoint_queue', 'Checkpoints queued or being written'),
  adoptedUpdates: make.counter('coscript_sync_adopted_updates_total', 'Updates another process published and never confirmed, stored by this one'),
  persistFailures: make.counter('coscript_sync_persist_failures_total', 'Failed group commits (retried)'),
  integrityErrors: make.counter('coscript_sync_integrity_errors_total', 'Room loads refused because the log leaves structs or deletions pending (a gap)', ['room']),
  seqClashes: make.counter('coscript_sync_seq_clashes_total', 'Group commits retried because another process appended to the same room first'),
  persistLag: new client.Histogram({
    name: 'coscript_sync_persist_lag_seconds',
    help: 'Time from receiving an update to its commit',
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  }),
};
