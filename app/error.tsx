'use client';

import { Button } from '@/components/ui/Button';
import { StatusPage } from '@/components/ui/StatusPage';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main">
      <StatusPage eyebrow="Error" tone="danger" title="Something went wrong" actions={<Button onClick={reset}>Try again</Button>}>
      We could not show this page. Nothing you saved is lost; try again in a moment.
      </StatusPage>
    </main>
  );
}
