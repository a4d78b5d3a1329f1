/** Set by the proxy on every page request: the path being rendered (any client-sent value is replaced). */
export const PATHNAME_HEADER = 'x-coscript-pathname';

/**
 * The page CSP. Scripts: only those carrying this response's nonce, and what they load
 * ('strict-dynamic'). Styles allow inline `style` attributes, which React sets (caret colours,
 * widths). Sockets: the sync endpoint on this origin ('self' covers ws/wss of the same host in
 * current browsers; the schemes are listed for older ones). The service worker is same-origin.
 */
export function contentSecurityPolicy(opts: { nonce: string; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self' ws: wss:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
