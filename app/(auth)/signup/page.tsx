import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '@/components/auth/SignUpForm';
import { Card } from '@/components/ui/Card';
import { StatusPage } from '@/components/ui/StatusPage';
import { buttonClass } from '@/components/ui/Button';
import { inspectInvite } from '@/lib/server/invites/inspect-invite';
import { ZInviteToken } from '@/lib/shared/schemas/invite';

export const metadata: Metadata = { title: 'Sign up' };

const INVITE_PROBLEM = {
  expired: 'This staff invite has expired',
  revoked: 'This staff invite was revoked',
  used_up: 'This staff invite has been used up',
} as const;

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = typeof params.invite === 'string' ? params.invite : undefined;
  let workspaceName: string | undefined;
  if (token) {
    const invite = ZInviteToken.safeParse(token).success ? await inspectInvite(token) : null;
    if (!invite || invite.kind !== 'workspace') {
      return (
        <StatusPage eyebrow="Invite not found" title="This invite link isn't valid" actions={<Link href="/signup" className={buttonClass('secondary')}>Create your own workspace</Link>}>
          Check that you copied the whole link, or ask the person who invited you for a new one.
        </StatusPage>
      );
    }
    if (invite.status !== 'active') {
      return (
        <StatusPage eyebrow="Invite unavailable" tone="warning" title={INVITE_PROBLEM[invite.status]}>
          Ask an admin of {invite.workspaceName} for a new link.
        </StatusPage>
      );
    }
    workspaceName = invite.workspaceName;
  }

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{workspaceName ? `Join ${workspaceName}` : 'Create your workspace'}</h1>
      <p className="mt-1 text-sm text-muted">
        {workspaceName ? 'You were invited to join as staff.' : 'Your workspace holds your boards; invite customers to each board.'}
      </p>
      <Card className="mt-6 p-6">
        <SignUpForm inviteToken={token} />
      </Card>
      <p className="mt-6 text-center text-sm text-muted">
        Already have an account?{' '}
        <Link href="/signin" className="font-medium text-brand hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
