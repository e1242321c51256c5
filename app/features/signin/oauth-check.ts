import type { LoaderFunctionArgs } from 'react-router';
import { type Integration, readIntegration } from '../../lib/integration';
import type { RelierCheck } from '../../lib/oauth/authorization-request';

// Kept small and free of the sign-in pages' code: the route table (and so the entry chunk)
// imports it.

export const isOAuthIntegration = (integration: Integration) =>
  integration.kind === 'oauth-web' || integration.kind === 'oauth-native';

export type OAuthCheck = { oauth: RelierCheck | null };

/**
 * Route loader of the sign-in pages: validates the OAuth parameters before the page renders.
 * The parser is loaded only for OAuth URLs (in parallel with the page's own chunk), so a plain
 * sign-in does not ship it; only a web relier's URL asks the server (its client info).
 */
export async function checkOAuth({ request }: LoaderFunctionArgs): Promise<OAuthCheck> {
  const url = new URL(request.url);
  const integration = readIntegration(url);
  if (!isOAuthIntegration(integration)) return { oauth: null };
  // Firefox opens its pairing authority page as /oauth?…&channel_id=… (pairing.md §1).
  // (A plain Response is what react-router's redirect() builds.)
  const { isPairingAuthorityUrl } = await import('../../lib/pairing-authority');
  if (isPairingAuthorityUrl(url)) {
    throw new Response(null, {
      status: 302,
      headers: { Location: `/pair/auth/allow${url.search}` },
    });
  }
  // `service` is refused on a relier's URL but is how Firefox names what an OAuth native flow
  // is for (sync, relay, vpn…): only web reliers are held to the rule.
  const query = new URLSearchParams(url.search);
  if (integration.kind === 'oauth-native') query.delete('service');
  const { parseOAuthParams } = await import('../../lib/oauth/oauth-params');
  const parsed = parseOAuthParams(query);
  if (!parsed.ok || integration.kind !== 'oauth-web') return { oauth: parsed };
  // A web relier's client and redirect are checked against the server's client info before
  // anything shows, as `/authorization` does (upstream fetches the client info before it renders
  // the sign-in pages). The checked request goes to the flow (flow.ts), and the step that finishes
  // it hands that request on (finish-signin.ts): the query is not parsed a second time.
  const { checkRelierParams } = await import('../../lib/oauth/finish-oauth');
  return { oauth: await checkRelierParams(parsed.params) };
}
