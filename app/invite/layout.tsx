import { Logo } from '@/components/shell/Logo';

export default function InviteLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-[radial-gradient(ellipse_at_top,rgba(79,70,229,0.08),transparent_60%)]">
      <header className="mx-auto flex w-full max-w-6xl px-4 py-5 sm:px-6">
        <Logo />
      </header>
      <main id="main" className="flex-1 px-4 pb-16">
        {children}
      </main>
    </div>
  );
}
