// Where the phone's page finds the channel server: `pairing_server_base_uri` of the client
// configuration the server inlines in <head> (server/client-configuration.ts, from
// PAIRING_SERVER_BASE_URI), else Mozilla's own, as upstream's default. Read here rather than in
// app/config.ts so that no other page's first load carries it.
export const DEFAULT_PAIRING_SERVER = 'wss://channelserver.services.mozilla.com';

export function pairingServerUrl(doc: Document = document): string {
  try {
    const text = doc.getElementById('fxa-client-configuration')?.textContent ?? '';
    const uri = (JSON.parse(text) as { pairing_server_base_uri?: unknown }).pairing_server_base_uri;
    if (typeof uri === 'string' && /^wss?:\/\/[^/?#\s]+/.test(uri)) return uri;
  } catch {
    // No inlined document (Vite dev server): the default stands.
  }
  return DEFAULT_PAIRING_SERVER;
}
