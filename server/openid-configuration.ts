import type { ServiceUrls } from './config.ts';

// OpenID Connect discovery (OIDC Discovery 1.0 §4) at the issuer's origin. The issuer is this
// content server (id tokens carry its public URL as `iss`), so an OIDC library pointed at the
// issuer looks here; the endpoints it names are the auth server's, the authorization page ours.
// Upstream: fxa-content-server server/lib/routes/get-openid-configuration.js (endpoints from
// `oauth_url`, `profile_url`, issuer `public_url`) plus configuration.js `openid_configuration`
// (the constant part below); accounts.firefox.com also names revocation and introspection.

export const OPENID_CONFIGURATION_PATH = '/.well-known/openid-configuration';

/** Upstream's: an hour (get-openid-configuration.js, "taken from accounts.google.com"). */
export const OPENID_CONFIGURATION_CACHE_CONTROL = 'public, max-age=3600';

export interface OpenIdConfiguration {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
  revocation_endpoint: string;
  introspection_endpoint: string;
  claims_supported: string[];
  code_challenge_methods_supported: string[];
  id_token_signing_alg_values_supported: string[];
  response_types_supported: string[];
  scopes_supported: string[];
  subject_types_supported: string[];
  token_endpoint_auth_methods_supported: string[];
}

const trimmed = (url: string) => url.replace(/\/+$/, '');

/** `oauthServerUrl` and `profileServerUrl` carry their `/v1` (server/config.ts). */
export function openIdConfiguration(publicUrl: string, services: ServiceUrls): OpenIdConfiguration {
  const oauth = trimmed(services.oauthServerUrl);
  return {
    issuer: trimmed(publicUrl),
    authorization_endpoint: `${trimmed(publicUrl)}/authorization`,
    token_endpoint: `${oauth}/token`,
    userinfo_endpoint: `${trimmed(services.profileServerUrl)}/profile`,
    jwks_uri: `${oauth}/jwks`,
    // RFC 7009's endpoint (destroy.js '/oauth/destroy'): what an OIDC library calls.
    revocation_endpoint: `${oauth}/oauth/destroy`,
    introspection_endpoint: `${oauth}/introspect`,
    claims_supported: ['aud', 'exp', 'iat', 'iss', 'sub'],
    code_challenge_methods_supported: ['S256'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'token'],
    scopes_supported: ['openid', 'profile', 'email'],
    subject_types_supported: ['public'],
    token_endpoint_auth_methods_supported: ['client_secret_post'],
  };
}
