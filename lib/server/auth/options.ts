import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { ZSignIn } from '../../shared/schemas/auth';
import { AppError } from '../../shared/errors';
import { getRuntime } from '../runtime';
import { sessionCookieName } from './cookies';
import { SESSION_MAX_AGE, isSecureDeployment } from './session';
import { verifyCredentials } from './verify-credentials';
import { findOrCreateOAuthUser } from './oauth-user';
import { endSession, startSession } from './sessions';
import { clientIp } from '../http/client-ip';

export function getAuthOptions(): NextAuthOptions {
  const { config, secret } = getRuntime();
  const secure = isSecureDeployment();
  const providers: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const parsed = ZSignIn.safeParse({ email: credentials?.email, password: credentials?.password });
        if (!parsed.success) throw new Error('Email or password is incorrect');
        try {
          const user = await verifyCredentials({ ...parsed.data, ip: clientIp(req.headers ?? {}) });
          return { id: user.id, name: user.name, email: user.email, sv: user.sessionVersion };
        } catch (e) {
          // next-auth passes the message to the client as `error`.
          if (e instanceof AppError) throw new Error(e.message);
          throw e;
        }
      },
    }),
  ];
  if (config.GITHUB_ID && config.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: config.GITHUB_ID, clientSecret: config.GITHUB_SECRET }));
  }
  if (config.GOOGLE_ID && config.GOOGLE_SECRET) {
    providers.push(GoogleProvider({ clientId: config.GOOGLE_ID, clientSecret: config.GOOGLE_SECRET }));
  }
  return {
    secret,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(secure),
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
      },
    },
    pages: { signIn: '/signin', error: '/signin' },
    providers,
    callbacks: {
      async jwt({ token, user, account }) {
        if (user && account?.provider === 'credentials') {
          token.sub = user.id;
          token.sv = (user as { sv?: number }).sv ?? 0;
          token.sid = await startSession(user.id);
        } else if (user && account && user.email) {
          const ours = await findOrCreateOAuthUser({ email: user.email, name: user.name ?? user.email });
          token.sub = ours.id;
          token.sv = ours.sessionVersion;
          token.sid = await startSession(ours.id);
        }
        return token;
      },
    },
    events: {
      // A sign-out ends the session on the server too: a copied cookie stops working and its sockets close.
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await endSession(token.sid);
      },
    },
  };
}
