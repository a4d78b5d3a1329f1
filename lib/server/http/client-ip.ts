/** Header the custom server sets from the socket address (any client-sent value is overwritten). */
export const CLIENT_IP_HEADER = 'x-coscript-client-ip';

export function clientIp(headers: Headers | Record<string, unknown>): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  return typeof value === 'string' && value ? value : 'unknown';
}
