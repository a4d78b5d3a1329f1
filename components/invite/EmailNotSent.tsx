/** An invite that was meant to be emailed but was not: say so, and point at the link to send by hand. */
export function EmailNotSent({ to }: { to: string }) {
  return (
    <p role="alert" className="mt-3 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="email-not-sent">
      <strong className="font-semibold">Not emailed.</strong> The invite could not be emailed to {to}: email is not set up on this server (SMTP_URL), or sending failed.
      Copy the link below and send it yourself.
    </p>
  );
}
