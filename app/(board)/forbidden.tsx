import { headers } from 'next/headers';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/Button';
import { StatusPage } from '@/components/ui/StatusPage';
import { PATHNAME_HEADER } from '@/lib/shared/security-headers';

/** Shown inside the board layout (status 403) when a participant opens a page their role does not allow. */
export default async function BoardForbidden() {
  const path = (await headers()).get(PATHNAME_HEADER) ?? '';
  const board = /^\/b\/[^/]+/.exec(path)?.[0];
  const settings = /\/settings\/?$/.test(path);
  return (
    <StatusPage
      eyebrow="403 · Not allowed"
      tone="danger"
      title={settings ? "You can't change this board's settings" : "Your role on this board doesn't allow this page"}
      actions={board && <Link href={board} className={buttonClass('secondary')}>Back to the board</Link>}
    >
      {settings ? 'Only owners and moderators change its settings.' : "Ask one of the board's owners if you need it."}
    </StatusPage>
  );
}
