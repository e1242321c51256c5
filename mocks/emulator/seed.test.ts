// The seeded reliers' redirect URIs follow the demo relier's origin, so an e2e stack on its own
// ports (E2E_RELIER_PORT) registers the URIs its relier really uses.
import { describe, expect, it } from 'vitest';
import { createEmulator } from './app.ts';
import { CLIENT_IDS } from './seed.ts';

async function redirectUriOf(emulator: ReturnType<typeof createEmulator>, id: string) {
  await emulator.ready;
  const res = await emulator.app.fetch(new Request(`http://localhost:9000/v1/oauth/client/${id}`));
  return ((await res.json()) as { redirect_uri: string }).redirect_uri;
}

describe('seeded reliers', () => {
  it('default to upstream’s local 123done origin (:8080)', async () => {
    const emulator = createEmulator({ demoAccount: false });
    expect(await redirectUriOf(emulator, CLIENT_IDS.pocketDemo)).toBe(
      'http://localhost:8080/callback',
    );
    expect(await redirectUriOf(emulator, CLIENT_IDS.trustedRelier)).toBe(
      'http://localhost:8080/api/oauth',
    );
  });

  it('follow relierOrigin, also after a reset', async () => {
    const emulator = createEmulator({ demoAccount: false, relierOrigin: 'http://localhost:8480/' });
    await emulator.control.reset();
    expect(await redirectUriOf(emulator, CLIENT_IDS.pocketDemo)).toBe(
      'http://localhost:8480/callback',
    );
    expect(await redirectUriOf(emulator, CLIENT_IDS.untrustedRelier)).toBe(
      'http://localhost:10139/api/oauth,http://localhost:8480/321done/api/oauth',
    );
  });
});
