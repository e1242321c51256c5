import { describe, expect, it } from 'vitest';
import { checkOAuth } from '../features/signin/oauth-check';
import { isPairingAuthorityUrl } from './pairing-authority';

// What Firefox 153 opened in the reference run (../shared/reference/pairing.md §1).
const FIREFOX_URL =
  'http://localhost:3030/oauth?client_id=3c49430b43dfba77&scope=profile+https%3A%2F%2Fidentity.mozilla.com%2Fapps%2Foldsync&email=a%40example.com&uid=0123456789abcdef0123456789abcdef&channel_id=IG0qxxO24srJauD1XQawdg&redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob%3Apair-auth-webchannel';

describe('the pairing authority entry', () => {
  it('is /oauth with channel_id and the pair-auth-webchannel marker, nothing else', () => {
    expect(isPairingAuthorityUrl(new URL(FIREFOX_URL))).toBe(true);
    const other = new URL(FIREFOX_URL);
    other.searchParams.delete('channel_id');
    expect(isPairingAuthorityUrl(other)).toBe(false);
    const relier = new URL(FIREFOX_URL);
    relier.searchParams.set('redirect_uri', 'http://localhost:8080/api/oauth');
    expect(isPairingAuthorityUrl(relier)).toBe(false);
    expect(isPairingAuthorityUrl(new URL(FIREFOX_URL.replace('/oauth?', '/signin?')))).toBe(false);
  });

  it('the /oauth route sends Firefox’s authority URL to /pair/auth/allow, query kept', async () => {
    const thrown = await checkOAuth({
      request: new Request(FIREFOX_URL),
      params: {},
      context: undefined,
    } as never).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(`/pair/auth/allow${new URL(FIREFOX_URL).search}`);
  });
});
