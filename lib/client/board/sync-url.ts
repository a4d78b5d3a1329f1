/** The sync endpoint on this origin: /sync/<room>, ws or wss like the page. */
export function syncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/sync`;
}

// "Too many connection attempts" and "the board could not be loaded, try again" pass; every other 44xx is final.
const TRANSIENT = new Set([4429, 4503]);

/**
 * The options every board socket shares. The stock provider gives up on any
 * 4400–4499 close; a rate limit is not a verdict on the person, so it keeps
 * trying (with the provider's backoff) instead of leaving them "offline".
 */
export const SOCKET_OPTIONS = {
  disableBc: true,
  maxBackoffTime: 5000,
  shouldReconnect: (event: CloseEvent) => TRANSIENT.has(event.code) || event.code < 4400 || event.code > 4499,
};
