import { StatusPage } from '@/components/ui/StatusPage';

/** Shown inside the board layout, so a guest keeps their own header and nothing else. */
export default function BoardNotFound() {
  return (
    <StatusPage eyebrow="404 · Not found" title="This board isn't available">
      It does not exist, or you are not a participant of it. Ask its owner for an invite link.
    </StatusPage>
  );
}
