// OpenID Connect discovery at the issuer (issue #20, item 7): the id tokens' `iss` is this
// server's public URL, so an OIDC library discovers the provider here.
import { describe, expect, it } from 'vitest';
import { request, startServer } from './test-support.ts';

describe('/.well-known/openid-configuration', () => {
  it('names this server as issuer and the auth server’s endpoints, from configuration', async () => {
    const server = await startServer({
      env: {
        PUBLIC_URL: 'https://accounts.example.com',
        OAUTH_SERVER_URL: 'https://oauth.example.com/v1',
        PROFILE_SERVER_URL: 'https://profile.example.com/v1',
      },
    });
    try {
      const res = await request(server.port, '/.well-known/openid-configuration');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=3600');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(JSON.parse(res.body.toString())).toEqual({
        issuer: 'https://accounts.example.com',
        authorization_endpoint: 'https://accounts.example.com/authorization',
        token_endpoint: 'https://oauth.example.com/v1/token',
        userinfo_endpoint: 'https://profile.example.com/v1/profile',
        jwks_uri: 'https://oauth.example.com/v1/jwks',
        revocation_endpoint: 'https://oauth.example.com/v1/oauth/destroy',
        introspection_endpoint: 'https://oauth.example.com/v1/introspect',
        claims_supported: ['aud', 'exp', 'iat', 'iss', 'sub'],
        code_challenge_methods_supported: ['S256'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'token'],
        scopes_supported: ['openid', 'profile', 'email'],
        subject_types_supported: ['public'],
        token_endpoint_auth_methods_supported: ['client_secret_post'],
      });
    } finally {
      await server.close();
    }
  });

  it('defaults to the local stack: issuer :PORT, endpoints on the emulator', async () => {
    const server = await startServer({ env: { PORT: '3456', EMULATOR_PORT: '9321' } });
    try {
      const doc = JSON.parse(
        (await request(server.port, '/.well-known/openid-configuration')).body.toString(),
      );
      expect(doc.issuer).toBe('http://localhost:3456');
      expect(doc.token_endpoint).toBe('http://localhost:9321/v1/token');
      expect(doc.userinfo_endpoint).toBe('http://localhost:9321/profile/v1/profile');
      const post = await request(server.port, '/.well-known/openid-configuration', {
        method: 'POST',
      });
      expect(post.status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
