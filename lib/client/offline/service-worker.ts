/**
 * Registers the service worker that keeps board pages openable offline
 * (public/sw.js). The page and the files it loaded before the worker took
 * control are handed to it, so the very first visit is enough to reload offline.
 */
export function enableOfflineBoardPages(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const files = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith(`${location.origin}/_next/static/`));
      registration.active?.postMessage({ type: 'keep-page', page: location.pathname, files });
    })
    .catch(() => {
      // Without a worker the board still works online and keeps edits in IndexedDB; only offline reload is lost.
    });
}

/** On sign-out: drop the kept pages, so the next person on this browser cannot open them offline. */
export async function forgetOfflinePages(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration('/').catch(() => undefined);
  registration?.active?.postMessage({ type: 'forget' });
  if ('caches' in window) await caches.delete('coscript-offline-v1').catch(() => false);
}
