// Firefox opens the pairing authority page at `<root>oauth?client_id=…&scope=…&email=…&uid=…
// &channel_id=…&redirect_uri=urn:ietf:wg:oauth:2.0:oob:pair-auth-webchannel` (Firefox 153
// FxAccountsPairing.sys.mjs; ../shared/reference/pairing.md §1). That redirect_uri is only a marker:
// upstream picks its PairingAuthority integration on it; it never reaches the auth server.
export const PAIR_AUTH_REDIRECT_URI = 'urn:ietf:wg:oauth:2.0:oob:pair-auth-webchannel';

export function isPairingAuthorityUrl(url: URL): boolean {
  return (
    url.pathname.replace(/\/+$/, '') === '/oauth' &&
    url.searchParams.get('redirect_uri') === PAIR_AUTH_REDIRECT_URI &&
    url.searchParams.has('channel_id')
  );
}
