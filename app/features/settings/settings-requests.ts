// The settings page's first requests, started from the entry (app/routes/route-data.ts) the
// moment the session is known, while React and the router are still being evaluated (a ~100 ms
// task on the bench's machine); the page's queries take them over (settings-data.ts,
// lib/early-requests.ts). Only request code: no react-query, nothing of React.
import { getAccount } from '../../lib/auth-client/account-data';
import { attachedClients } from '../../lib/auth-client/attached-clients';
import { getProfileAccessToken } from '../../lib/auth-client/profile-read';
import { leaving, type Started } from '../../lib/early-requests';

export function startSettingsRequests(sessionToken: string): Started {
  // The token request first: it signs a body too, so its request takes longest to leave. Its
  // failure is met again, and shown, by the profile query.
  const token = leaving((fetch) => getProfileAccessToken(sessionToken, { fetch }));
  token.result.catch(() => {});
  const account = leaving((fetch) => getAccount(sessionToken, { fetch }));
  const clients = leaving((fetch) => attachedClients(sessionToken, { fetch }));
  const requests = { account: account.result, clients: clients.result };
  // Handled here so that a failure nobody takes over is not logged as unhandled; whoever takes
  // a request over still gets its rejection.
  for (const request of Object.values(requests)) request.catch(() => {});
  return { requests, sent: Promise.all([token.left, account.left, clients.left]) };
}
