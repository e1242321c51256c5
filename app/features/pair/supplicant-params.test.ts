import { describe, expect, it } from 'vitest';
import { base64urlEncode } from '../../lib/crypto/bytes';
import { checkCode, parseChannelHash, parseSupplicantQuery } from './supplicant-params';

const CLIENTS = ['3c49430b43dfba77', 'a2270f727f45f648'];
const jwk = base64urlEncode(
  new TextEncoder().encode(
    JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'B'.repeat(43) }),
  ),
);
const good = {
  client_id: '3c49430b43dfba77',
  redirect_uri: 'http://localhost:3030/oauth/success/3c49430b43dfba77',
  scope: 'profile https://identity.mozilla.com/apps/oldsync',
  state: 'st',
  code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  code_challenge_method: 'S256',
  keys_jwk: jwk,
  access_type: 'offline',
};
const parse = (over: Record<string, string | null>) => {
  const q = new URLSearchParams(good);
  for (const [k, v] of Object.entries(over)) v === null ? q.delete(k) : q.set(k, v);
  return parseSupplicantQuery(q, CLIENTS);
};

describe('supplicant parameters', () => {
  it('accepts what a mobile app sends, redirect or WebChannel', () => {
    expect(parse({})).toMatchObject({
      ok: true,
      value: {
        finish: { kind: 'redirect' },
        request: { client_id: good.client_id, keys_jwk: jwk },
      },
    });
    expect(
      parse({ redirect_uri: null, context: 'oauth_webchannel_v1', client_id: 'a2270f727f45f648' }),
    ).toMatchObject({ ok: true, value: { finish: { kind: 'webchannel' } } });
  });

  it('refuses a client that may not pair, and each missing or malformed field', () => {
    expect(parse({ client_id: 'dcdb5ae7add825d2' })).toMatchObject({
      ok: false,
      problem: 'invalid-client',
    });
    for (const [param, value] of [
      ['state', null],
      ['scope', ''],
      ['code_challenge', 'short'],
      ['code_challenge_method', 'plain'],
      ['keys_jwk', 'e30'],
      ['access_type', 'forever'],
      ['redirect_uri', null],
      ['redirect_uri', 'javascript:alert(1)'],
    ] as const) {
      expect(parse({ [param]: value })).toMatchObject({ ok: false, param });
    }
  });

  it('reads the QR hash: 22-char id and a 32-byte key', () => {
    const key = base64urlEncode(new Uint8Array(32).fill(1));
    const parsed = parseChannelHash(`#channel_id=IG0qxxO24srJauD1XQawdg&channel_key=${key}`);
    expect(parsed).toMatchObject({ ok: true, value: { channelId: 'IG0qxxO24srJauD1XQawdg' } });
    if (parsed.ok) expect([...parsed.value.channelKey]).toEqual(new Array(32).fill(1));
    expect(parseChannelHash('#channel_id=short&channel_key=x')).toMatchObject({ ok: false });
    expect(parseChannelHash('')).toMatchObject({ ok: false, problem: 'invalid-channel' });
  });

  it('a code must be 64 hex and come back with the request’s state', () => {
    const request = { ...good, code_challenge_method: 'S256', access_type: 'offline' } as never;
    expect(checkCode({ code: 'a'.repeat(64), state: 'st' }, request)).toEqual({
      code: 'a'.repeat(64),
      state: 'st',
    });
    expect(checkCode({ code: 'a'.repeat(63), state: 'st' }, request)).toBeNull();
    expect(checkCode({ code: 'a'.repeat(64), state: 'other' }, request)).toBeNull();
    expect(checkCode('nope', request)).toBeNull();
  });
});
