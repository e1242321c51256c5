import { readAccounts, saveAccount } from '../../session/account-storage';
import type { AuthorizationRequest } from './authorization-request';

// The permissions an untrusted relier must show the user once (upstream `/signin_permissions`,
// test untrustedRelierSignin.spec.ts; fxa-upstream.md F10), and a trusted one too when it asks
// with prompt=consent (oauthPermissions.spec.ts). What the user accepted is remembered like
// upstream's Backbone account model did: in the account's entry of `__fxa_storage.accounts`, as
// `permissions: { <clientId>: { <scope>: true } }`.

/** The scopes the permissions page lists, in its order: what a relier can read about the user. */
export const SHOWN_PERMISSIONS = [
  'profile:email',
  'profile:display_name',
  'profile:avatar',
] as const;
export type ShownPermission = (typeof SHOWN_PERMISSIONS)[number];

/** `profile` stands for the profile scopes it implies (fxa-shared oauth/scopes). */
const PROFILE = ['profile:uid', 'profile:email', 'profile:display_name', 'profile:avatar'];

/** The permissions the page would list for this request. */
export function permissionsOf(request: AuthorizationRequest): ShownPermission[] {
  const asked = new Set(request.scopes.flatMap((s) => (s === 'profile' ? PROFILE : [s])));
  return SHOWN_PERMISSIONS.filter((p) => asked.has(p));
}

type PermissionMap = Record<string, Record<string, boolean>>;

function storedPermissions(uid: string): PermissionMap {
  const value = readAccounts()[uid]?.permissions;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as PermissionMap)
    : {};
}

/** True when the permissions page must come before the code (upstream integrationNeedsPermissions). */
export function needsPermissions(request: AuthorizationRequest, uid: string): boolean {
  const shown = permissionsOf(request);
  if (shown.length === 0) return false;
  if (request.params.prompt === 'consent') return true;
  if (request.client.trusted) return false;
  const accepted = storedPermissions(uid)[request.client.id] ?? {};
  return shown.some((p) => accepted[p] !== true);
}

/** Remembers that the user accepted these permissions for this client. */
export function recordPermissions(request: AuthorizationRequest, uid: string, email: string): void {
  const all = storedPermissions(uid);
  const forClient = { ...(all[request.client.id] ?? {}) };
  for (const p of permissionsOf(request)) forClient[p] = true;
  saveAccount(
    { uid, email, permissions: { ...all, [request.client.id]: forClient } },
    { makeCurrent: false },
  );
}
