// Connected services and devices (settings "Connected services"): list and disconnect.
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-server/lib/routes/attached-clients.js

import { apiRequest, type CallOptions } from './http.ts';

export interface AttachedClient {
  clientId: string | null;
  deviceId: string | null;
  sessionTokenId: string | null;
  refreshTokenId: string | null;
  isCurrentSession: boolean;
  deviceType: string | null;
  name: string | null;
  scope: string[] | null;
  createdTime: number | null;
  createdTimeFormatted?: string;
  lastAccessTime: number | null;
  lastAccessTimeFormatted?: string;
  approximateLastAccessTime?: number;
  approximateLastAccessTimeFormatted?: string;
  location: { city?: string; country?: string; state?: string; stateCode?: string } | null;
  userAgent: string;
  os: string | null;
}

/** GET /account/attached_clients */
export function attachedClients(
  sessionToken: string,
  call?: CallOptions,
): Promise<AttachedClient[]> {
  return apiRequest<AttachedClient[]>(
    {
      method: 'GET',
      path: '/account/attached_clients',
      auth: { token: sessionToken, kind: 'sessionToken' },
    },
    call,
  );
}

export type AttachedClientIds = Pick<
  AttachedClient,
  'clientId' | 'deviceId' | 'refreshTokenId' | 'sessionTokenId'
>;

/** POST /account/attached_client/destroy — exactly the four ids of the listed client. */
export async function attachedClientDestroy(
  sessionToken: string,
  client: AttachedClientIds,
  call?: CallOptions,
): Promise<void> {
  await apiRequest(
    {
      method: 'POST',
      path: '/account/attached_client/destroy',
      body: {
        clientId: client.clientId,
        deviceId: client.deviceId,
        refreshTokenId: client.refreshTokenId,
        sessionTokenId: client.sessionTokenId,
      },
      auth: { token: sessionToken, kind: 'sessionToken' },
    },
    call,
  );
}
