// Test-only typed handle on the maintained `hawk` npm package (Node-only, untyped), used to
// cross-check our WebCrypto Hawk against an independent implementation. Never import from app code.
// https://github.com/mozilla/hawk/blob/main/lib/server.js

import { createRequire } from 'node:module';

export interface HawkLibCredentials {
  id: string;
  key: Uint8Array | string;
  algorithm: 'sha256' | 'sha1';
}

export interface HawkLibRequest {
  method: string;
  url: string;
  host: string;
  port: number | string;
  authorization: string | undefined;
  contentType?: string;
}

export interface HawkLib {
  client: {
    header(
      uri: string,
      method: string,
      options: {
        credentials: HawkLibCredentials;
        timestamp?: number;
        nonce?: string;
        ext?: string;
        payload?: string;
        contentType?: string;
      },
    ): { header: string };
  };
  server: {
    authenticate(
      req: HawkLibRequest,
      credentialsFunc: (id: string) => Promise<HawkLibCredentials | null>,
      options?: { payload?: string; timestampSkewSec?: number; localtimeOffsetMsec?: number },
    ): Promise<{ credentials: HawkLibCredentials; artifacts: Record<string, unknown> }>;
  };
}

export const hawkLib = createRequire(import.meta.url)('hawk') as HawkLib;
