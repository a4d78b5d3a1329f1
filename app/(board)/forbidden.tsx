import { StatusPage } from '@/components/ui/StatusPage';

/** Shown inside the board layout when a participant opens a page their role does not allow. */
export default function BoardForbidden() {
  return (
    <StatusPage eyebrow="403 · Not allowed" tone="danger" title="Your role on this board doesn't allow this page">
      Ask one of the board's owners if you need it.
    </StatusPage>
  );
}
