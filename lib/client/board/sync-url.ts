/** The sync endpoint on this origin: /sync/<room>, ws or wss like the page. */
export function syncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/sync`;
}
