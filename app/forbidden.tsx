import Link from 'next/link';
import { buttonClass } from '@/components/ui/Button';
import { StatusPage } from '@/components/ui/StatusPage';

export default function Forbidden() {
  return (
    <main id="main">
      <StatusPage eyebrow="403 · Not allowed" tone="danger" title="You can't open this page" actions={<Link href="/" className={buttonClass('secondary')}>Go to your boards</Link>}>
        Your role does not allow it. Ask the board's owner if you need it.
      </StatusPage>
    </main>
  );
}
