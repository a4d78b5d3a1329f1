/** The centred column of a board's secondary pages (members, settings); the board itself is full width. */
export function BoardPageColumn({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto w-full max-w-6xl py-5 sm:py-7">{children}</div>;
}
