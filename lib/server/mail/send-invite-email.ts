import nodemailer, { type Transporter } from 'nodemailer';
import { getRuntime } from '../runtime';
import { logger } from '../log';

const KEY = Symbol.for('coscript.mailer');
type Holder = { [KEY]?: Transporter };

/** One SMTP transport per process, or null when SMTP_URL is not configured. */
function mailer(): Transporter | null {
  const url = getRuntime().config.SMTP_URL;
  if (!url) return null;
  const holder = globalThis as Holder;
  holder[KEY] ??= nodemailer.createTransport(url);
  return holder[KEY];
}

/**
 * Emails an invite link. Returns whether it was sent: false when SMTP is not
 * configured or the server refused it (the link still works and can be copied).
 */
export async function sendInviteEmail(opts: { to: string; url: string; inviterName: string; what: string }): Promise<boolean> {
  const transport = mailer();
  if (!transport) return false;
  try {
    await transport.sendMail({
      from: getRuntime().config.SMTP_FROM,
      to: opts.to,
      subject: `${opts.inviterName} invited you to ${opts.what} on Coscript`,
      text: `${opts.inviterName} invited you to ${opts.what} on Coscript.\n\nOpen this link to join:\n${opts.url}\n\nIf you did not expect this, ignore this email.`,
    });
    return true;
  } catch (err) {
    logger().warn({ err }, 'could not send invite email');
    return false;
  }
}
