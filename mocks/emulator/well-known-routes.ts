// Discovery documents. Upstream the content server serves these
// (`server/lib/routes/get-openid-configuration.js`, `get-fxa-client-configuration.js`); the
// emulator serves them too so reliers can be pointed at one origin. The issuer is the content
// server's origin, and the authorization endpoint is the content server's `/authorization`.

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, publicOrigin } from './context.ts';

export function wellKnownRoutes(deps: Deps) {
  const r = new Hono<EmulatorEnv>();
  const { contentOrigin } = deps.options;

  r.get('/openid-configuration', (c) => {
    const e = publicOrigin(c, deps);
    c.header('cache-control', 'public, max-age=3600');
    return c.json({
      issuer: contentOrigin,
      authorization_endpoint: `${contentOrigin}/authorization`,
      token_endpoint: `${e}/v1/token`,
      userinfo_endpoint: `${e}/profile/v1/profile`,
      jwks_uri: `${e}/v1/jwks`,
      // RFC 7009's endpoint (token_type_hint, any token type), not the legacy /v1/destroy.
      revocation_endpoint: `${e}/v1/oauth/destroy`,
      introspection_endpoint: `${e}/v1/introspect`,
      claims_supported: ['aud', 'exp', 'iat', 'iss', 'sub'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'token'],
      scopes_supported: ['openid', 'profile', 'email'],
      subject_types_supported: ['public'],
      token_endpoint_auth_methods_supported: ['client_secret_post'],
    });
  });

  r.get('/fxa-client-configuration', (c) => {
    const e = publicOrigin(c, deps);
    c.header('cache-control', 'public, max-age=86400');
    return c.json({
      auth_server_base_url: e,
      oauth_server_base_url: e,
      profile_server_base_url: `${e}/profile`,
      pairing_server_base_uri: 'wss://channelserver.services.mozilla.com',
      sync_tokenserver_base_url: `${e}/token`,
    });
  });

  return r;
}
