// Which kind of flow the URL describes, after upstream's integration factory
// (fxa-settings lib/integrations/integration-factory.ts; reference §2.1). Only the facts the
// bootstrap and the session precedence need live here; OAuth parameter validation is elsewhere.

export type IntegrationKind = 'web' | 'sync' | 'oauth-web' | 'oauth-native';

export type Integration = {
  kind: IntegrationKind;
  service: string;
  context: string;
  clientId: string;
  isPairing: boolean;
};

export function readIntegration(url: URL): Integration {
  const q = url.searchParams;
  const service = q.get('service') ?? '';
  const context = q.get('context') ?? '';
  const clientId = q.get('client_id') ?? '';
  const isPairing = url.pathname.startsWith('/pair');
  const isOAuth =
    clientId !== '' || /(^|\/)(oauth|authorization)(\/|$)/.test(url.pathname.slice(1));
  let kind: IntegrationKind = 'web';
  if (isOAuth) kind = context === 'oauth_webchannel_v1' ? 'oauth-native' : 'oauth-web';
  else if (context === 'fx_desktop_v3' || service === 'sync') kind = 'sync';
  return { kind, service, context, clientId, isPairing };
}

/** Sync (and OAuth for Sync) is the browser's own sign-in: there the browser's account wins. */
export const isSyncIntegration = (i: Integration) =>
  i.kind === 'sync' || (i.kind === 'oauth-native' && i.service === 'sync');

/** The `service` fxa_status should name: Firefox shares the user in private windows only for Sync. */
export const statusService = (i: Integration) => i.service || i.clientId;
