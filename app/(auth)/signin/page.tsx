import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ForgetOfflineData } from '@/components/auth/ForgetOfflineData';
import { SignInForm } from '@/components/auth/SignInForm';
import { Card } from '@/components/ui/Card';
import { getCurrentActor } from '@/lib/server/auth/current-actor';
import { getRuntime } from '@/lib/server/runtime';
import { safeCallbackUrl } from '@/lib/utils';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === 'string' ? params.callbackUrl : null);
  if (await getCurrentActor()) redirect(callbackUrl);
  const { config } = getRuntime();
  const oauth = [
    ...(config.GITHUB_ID && config.GITHUB_SECRET ? [{ id: 'github', name: 'GitHub' }] : []),
    ...(config.GOOGLE_ID && config.GOOGLE_SECRET ? [{ id: 'google', name: 'Google' }] : []),
  ];
  // next-auth sends failed OAuth round trips back here with `?error=`.
  const failed = typeof params.error === 'string';
  return (
    <>
      <ForgetOfflineData />
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to Coscript</h1>
      <p className="mt-1 text-sm text-muted">Write service scripts together with your customers.</p>
      <Card className="mt-6 p-6">
        <SignInForm callbackUrl={callbackUrl} oauthProviders={oauth} initialError={failed ? 'Sign-in did not work. Try again.' : null} />
      </Card>
      <p className="mt-6 text-center text-sm text-muted">
        New here?{' '}
        <Link href="/signup" className="font-medium text-brand hover:underline">
          Create a workspace
        </Link>
      </p>
    </>
  );
}
