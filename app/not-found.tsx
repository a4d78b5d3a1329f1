import Link from 'next/link';
import { buttonClass } from '@/components/ui/Button';
import { StatusPage } from '@/components/ui/StatusPage';

export default function NotFound() {
  return (
    <main id="main">
      <StatusPage eyebrow="404 · Not found" title="There's nothing here" actions={<Link href="/" className={buttonClass('secondary')}>Go to your boards</Link>}>
      The page does not exist, or it belongs to a board you are not part of.
      </StatusPage>
    </main>
  );
}
