// Test-only: runs a block of scenarios once per transport (describe.each), each with a fresh
// emulator per file and a control-API reset before every test. The suite talks HTTP only, so
// both transports are held to exactly the same contract.

import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { TestClient } from './fxa-client.testutil.ts';
import { TRANSPORTS, type Transport } from './transports.testutil.ts';

/** The emulator's content origin in the suite (the OIDC issuer), as in local upstream setups. */
export const CONTENT_ORIGIN = 'http://localhost:3030';

export function contractSuite(title: string, body: (client: () => TestClient) => void): void {
  describe.each(TRANSPORTS)(`${title} [%s]`, (_name, factory) => {
    let transport: Transport;
    let client: TestClient;
    beforeAll(async () => {
      // happy-dom's fetch enforces CORS from the test document's origin: allow it, as the app's.
      transport = await factory({ contentOrigin: CONTENT_ORIGIN, corsOrigins: [location.origin] });
      client = new TestClient(transport.origin);
    });
    afterAll(() => transport.stop());
    beforeEach(() => client.reset());
    body(() => client);
  });
}
