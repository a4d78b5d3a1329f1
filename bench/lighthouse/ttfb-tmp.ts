import { signUp, startServer } from '../editor/server';
const server = await startServer();
try {
  const cookie = await signUp(server.url, 'Diag');
  const res = await fetch(`${server.url}/api/v1/boards`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Ordering', template: 'cafe-order' }) });
  const id = ((await res.json()) as { board: { id: string } }).board.id;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = await fetch(`${server.url}/b/${id}`, { headers: { cookie } });
    const reader = r.body!.getReader();
    let first = 0; let n = 0; const marks: string[] = [];
    for (;;) { const { done, value } = await reader.read(); if (done) break; if (!first) first = performance.now() - t0; n += value.length; marks.push(`${Math.round(performance.now() - t0)}:${value.length}`); }
    console.log('headers', Math.round(first), 'total', Math.round(performance.now() - t0), 'bytes', n, marks.join(' '));
  }
} finally { await server.stop(); }
process.exit(0);
