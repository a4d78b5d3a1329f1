'use client';

import { useEffect, useState } from 'react';
import { formatDate } from '@/lib/utils';

/**
 * A date in the reader's time zone. The server does not know that zone, so it
 * renders UTC and the browser switches to local time after hydrating (no mismatch).
 */
export function LocalTime({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  const [text, setText] = useState(() => `${formatDate(iso, { withTime, timeZone: 'UTC' })}${withTime ? ' UTC' : ''}`);
  useEffect(() => setText(formatDate(iso, { withTime })), [iso, withTime]);
  return <time dateTime={iso}>{text}</time>;
}
