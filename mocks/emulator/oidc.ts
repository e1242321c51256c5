// OpenID Connect bits: an RS256 signing key generated on first use (WebCrypto through jose, so it
// works in the MSW worker too), the JWKS document and id_tokens shaped like upstream's
// `lib/oauth/grant.js generateIdToken` (sub, aud, iat, exp, at_hash, amr, acr, fxa-aal).

import {
  type CryptoKey,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import { base64urlEncode, randomHex, sha256 } from './server-crypto.ts';

const ID_TOKEN_TTL_SEC = 60 * 60;

interface SigningKey {
  privateKey: CryptoKey;
  jwk: JWK;
}

export interface IdTokenInput {
  issuer: string;
  clientId: string;
  uid: string;
  accessToken: string;
  authAt: number;
  amr: string[];
  aal: number;
  nowSec: number;
}

export class Oidc {
  private key: Promise<SigningKey> | null = null;

  private signingKey(): Promise<SigningKey> {
    this.key ??= (async () => {
      const { privateKey, publicKey } = await generateKeyPair('RS256');
      const jwk = await exportJWK(publicKey);
      return {
        privateKey,
        jwk: { ...jwk, kid: `emulator-${randomHex(4)}`, alg: 'RS256', use: 'sig' },
      };
    })();
    return this.key;
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: [(await this.signingKey()).jwk] };
  }

  async idToken(i: IdTokenInput): Promise<string> {
    const { privateKey, jwk } = await this.signingKey();
    // at_hash: base64url of the left half of SHA-256(access_token) (OIDC Core §3.1.3.6).
    const atHash = base64urlEncode((await sha256(i.accessToken)).slice(0, 16));
    return new SignJWT({
      at_hash: atHash,
      amr: i.amr,
      acr: `AAL${i.aal}`,
      'fxa-aal': i.aal,
      auth_time: i.authAt,
    })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid as string })
      .setIssuer(i.issuer)
      .setSubject(i.uid)
      .setAudience(i.clientId)
      .setIssuedAt(i.nowSec)
      .setExpirationTime(i.nowSec + ID_TOKEN_TTL_SEC)
      .sign(privateKey);
  }

  /**
   * Checks an ID token this server issued for `clientId` (auth-server `/oauth/id-token-verify`,
   * lib/oauth/jwt_id_token.js): signature, issuer, audience, and expiry allowing `graceSec`.
   * Throws for anything else.
   */
  async verifyIdToken(
    token: string,
    i: { issuer: string; clientId: string; nowSec: number; graceSec: number },
  ): Promise<JWTPayload> {
    const { jwk } = await this.signingKey();
    const { payload } = await jwtVerify(token, await importJWK(jwk, 'RS256'), {
      issuer: i.issuer,
      audience: i.clientId,
      algorithms: ['RS256'],
      currentDate: new Date(i.nowSec * 1000),
      clockTolerance: i.graceSec,
    });
    return payload;
  }
}
