// The Pocket-like demo relier as a Hono app: for each client (clients.ts) a home page, `login`
// (302 to the accounts server's /authorization with state and, for the public client, PKCE),
// the registered callback (code exchange, profile fetch, then 303 home so the code leaves the
// address bar) and `logout`. Sessions live in memory under an HttpOnly cookie per client.

import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { RELIER_CLIENTS, type RelierClient } from './clients.ts';
import {
  createRelierOidc,
  describeLoginError,
  PASS_THROUGH_PARAMS,
  type PendingLogin,
  type RelierOidc,
  type SignedInUser,
} from './oidc.ts';
import { homePage, problemPage, RELIER_CSS, RELIER_ICON } from './pages.ts';

export type RelierOptions = {
  /** Where the relier is reached, e.g. http://localhost:8080: redirect URIs are built from it. */
  origin: string;
  /** The OP's discovery document (the emulator's /.well-known/openid-configuration). */
  discoveryUrl: URL;
};

type Session = {
  pending?: PendingLogin;
  user?: SignedInUser;
  error?: string;
  /** The last ID token, for `login?id_token_hint=last` after signing out. */
  lastIdToken?: string;
};

const randomId = () => crypto.randomUUID();

export function createRelier(options: RelierOptions): Hono {
  const app = new Hono();
  const origin = options.origin.replace(/\/+$/, '');

  app.use('*', async (c, next) => {
    await next();
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'",
    );
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
  });

  app.get('/relier.css', (c) => c.body(RELIER_CSS, 200, { 'Content-Type': 'text/css' }));
  // Browsers ask for an icon whatever the page says; give them one rather than a 404.
  for (const path of ['/favicon.ico', '/favicon.svg']) {
    app.get(path, (c) => c.body(RELIER_ICON, 200, { 'Content-Type': 'image/svg+xml' }));
  }

  for (const client of RELIER_CLIENTS) mountClient(app, client, origin, options.discoveryUrl);
  return app;
}

function mountClient(app: Hono, client: RelierClient, origin: string, discoveryUrl: URL) {
  const oidc: RelierOidc = createRelierOidc(client, discoveryUrl);
  const sessions = new Map<string, Session>();
  const cookie = `relier_${client.key}`;
  const base = client.base;
  const redirectUri = origin + client.callbackPath;

  const sessionOf = (c: Context): Session => {
    let id = getCookie(c, cookie);
    let session = id ? sessions.get(id) : undefined;
    if (!id || !session) {
      id = randomId();
      session = {};
      sessions.set(id, session);
      setCookie(c, cookie, id, { httpOnly: true, sameSite: 'Lax', path: '/' });
    }
    return session;
  };

  if (base !== '/') app.get(base.slice(0, -1), (c) => c.redirect(base, 301));

  app.get(base, (c) => {
    const session = sessionOf(c);
    const error = session.error ?? null;
    delete session.error;
    return c.html(homePage({ client, clients: RELIER_CLIENTS, user: session.user ?? null, error }));
  });

  app.get(`${base}login`, async (c) => {
    const session = sessionOf(c);
    const extra: Record<string, string> = {};
    for (const name of PASS_THROUGH_PARAMS) {
      const value = c.req.query(name);
      if (value) extra[name] = value;
    }
    if (c.req.query('id_token_hint') === 'last' && session.lastIdToken) {
      extra.id_token_hint = session.lastIdToken;
    }
    try {
      const { url, pending } = await oidc.startLogin(redirectUri, extra);
      session.pending = pending;
      return c.redirect(url.href, 302);
    } catch (error) {
      return c.html(
        problemPage('Sign-in unavailable', `The accounts server did not answer: ${String(error)}`),
        502,
      );
    }
  });

  app.get(client.callbackPath, async (c) => {
    const session = sessionOf(c);
    const pending = session.pending;
    delete session.pending;
    if (!pending) {
      session.error = 'no sign-in was started here';
      return c.redirect(base, 303);
    }
    const current = new URL(client.callbackPath, origin);
    current.search = new URL(c.req.url).search;
    try {
      session.user = await oidc.finishLogin(current, pending);
      if (session.user.idToken) session.lastIdToken = session.user.idToken;
    } catch (error) {
      session.error = describeLoginError(error);
    }
    return c.redirect(base, 303);
  });

  app.post(`${base}logout`, (c) => {
    const session = sessionOf(c);
    delete session.user;
    return c.redirect(base, 303);
  });
}
