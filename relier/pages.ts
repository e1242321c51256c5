// The demo relier's HTML: one page per client (signed out: "Sign in with Firefox"; signed in:
// who, and "Sign out"). No script at all; every value is escaped.

import type { RelierClient } from './clients.ts';
import type { SignedInUser } from './oidc.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export type HomeView = {
  client: RelierClient;
  clients: readonly RelierClient[];
  user: SignedInUser | null;
  /** The last sign-in failure, shown once. */
  error: string | null;
};

export function homePage({ client, clients, user, error }: HomeView): string {
  const base = client.base;
  const body = user
    ? `<p class="who">Signed in as <strong>${escapeHtml(user.email)}</strong></p>
      ${user.displayName ? `<p>Display name: ${escapeHtml(user.displayName)}</p>` : ''}
      <form method="post" action="${base}logout"><button type="submit">Sign out</button></form>`
    : `<p><a class="button" href="${base}login">Sign in with Firefox</a></p>
      <p><a href="${base}login?prompt=none">Sign in silently (prompt=none)</a></p>`;
  const others = clients
    .filter((c) => c.key !== client.key)
    .map((c) => `<li><a href="${c.base}">${escapeHtml(c.title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(client.title)}</title>
  <link rel="stylesheet" href="/relier.css">
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
  <main>
    <h1>${escapeHtml(client.title)}</h1>
    <p class="tagline">${escapeHtml(client.tagline)}</p>
    ${error ? `<p role="alert" class="error">Sign-in failed: ${escapeHtml(error)}</p>` : ''}
    ${body}
  </main>
  <nav aria-label="Other demo reliers"><ul>${others}</ul></nav>
</body>
</html>
`;
}

export function problemPage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="/relier.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><main><h1>${escapeHtml(title)}</h1><p role="alert" class="error">${escapeHtml(message)}</p>
<p><a href="/">Back</a></p></main></body>
</html>
`;
}

export const RELIER_CSS = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #15141a; background: #f9f9fb; }
main { max-width: 32rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 8px;
  box-shadow: 0 1px 4px rgb(0 0 0 / 0.15); }
nav { max-width: 32rem; margin: 0 auto; }
h1 { margin-top: 0; color: #ef4056; }
.button, button { display: inline-block; padding: 0.6rem 1.2rem; border: 0; border-radius: 4px;
  background: #0060df; color: #fff; font: inherit; text-decoration: none; cursor: pointer; }
a:focus-visible, button:focus-visible { outline: 3px solid #0090ed; outline-offset: 2px; }
.error { color: #a4000f; }
`;

export const RELIER_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="4" fill="#ef4056"/></svg>';
