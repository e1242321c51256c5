// Attached clients ("Connected services"): every session (with its device), every refresh token
// and every relier holding access tokens, and disconnecting any of them.
// mozilla/fxa `lib/routes/attached-clients.js`; field list in protocol.md §3.

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, jsonBody, requireSession } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import type { EmulatorState, SessionRecord } from '../state.ts';
import { parseFields, v } from '../validate.ts';

const opt = v.optional;

/** Upstream formats times with moment's `fromNow`; a coarse English equivalent is enough here. */
export function fromNow(then: number, now: number): string {
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 45) return 'a few seconds ago';
  if (s < 90) return 'a minute ago';
  if (s < 45 * 60) return `${Math.round(s / 60)} minutes ago`;
  if (s < 90 * 60) return 'an hour ago';
  if (s < 22 * 3600) return `${Math.round(s / 3600)} hours ago`;
  return `${Math.max(1, Math.round(s / 86400))} days ago`;
}

/** "Firefox 153, Linux"-style names upstream derives from the session's user agent. */
function sessionName(ua: string): string {
  const firefox = /Firefox\/(\d+)/.exec(ua)?.[1];
  const chrome = /Chrome\/(\d+)/.exec(ua)?.[1];
  const browser = firefox ? `Firefox ${firefox}` : chrome ? `Chrome ${chrome}` : null;
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /Mac OS X/.test(ua)
      ? 'macOS'
      : /Android/.test(ua)
        ? 'Android'
        : /Linux/.test(ua)
          ? 'Linux'
          : null;
  return [browser, os].filter(Boolean).join(', ') || 'Web Session';
}

function attachedClients(state: EmulatorState, current: SessionRecord) {
  const now = state.now();
  const base = (created: number, last: number) => ({
    createdTime: created,
    createdTimeFormatted: fromNow(created, now),
    lastAccessTime: last,
    lastAccessTimeFormatted: fromNow(last, now),
    approximateLastAccessTime: last,
    approximateLastAccessTimeFormatted: fromNow(last, now),
    location: {},
  });
  const out: Record<string, unknown>[] = [];
  for (const s of state.sessionsOf(current.uid)) {
    const device = s.deviceId ? state.devices.get(s.deviceId) : undefined;
    out.push({
      clientId: null,
      deviceId: device?.id ?? null,
      sessionTokenId: s.id,
      refreshTokenId: null,
      isCurrentSession: s.id === current.id,
      deviceType: device?.type ?? null,
      name: device?.name ?? sessionName(s.userAgent),
      scope: null,
      userAgent: s.userAgent,
      os: null,
      ...base(s.createdAt, s.lastAccessTime),
    });
  }
  for (const rt of state.refreshTokens.values()) {
    if (rt.uid !== current.uid) continue;
    const device = [...state.devices.values()].find((d) => d.refreshTokenId === rt.id);
    out.push({
      clientId: rt.clientId,
      deviceId: device?.id ?? null,
      sessionTokenId: null,
      refreshTokenId: rt.id,
      isCurrentSession: false,
      deviceType: device?.type ?? null,
      name: device?.name ?? state.clients.get(rt.clientId)?.name ?? rt.clientId,
      scope: rt.scope,
      userAgent: '',
      os: null,
      ...base(rt.createdAt, rt.lastUsedAt),
    });
  }
  // Clients holding only access tokens are listed once each; `canGrant` clients (Firefox, the
  // content server) get their tokens silently and show up through their sessions instead.
  const byClient = new Map<string, { created: number; last: number; scope: Set<string> }>();
  for (const at of state.accessTokens.values()) {
    const client = state.clients.get(at.clientId);
    if (at.uid !== current.uid || at.refreshTokenId || !client || client.canGrant) continue;
    if (at.expiresAt < now) continue;
    const entry = byClient.get(at.clientId) ?? { created: at.createdAt, last: 0, scope: new Set() };
    entry.created = Math.min(entry.created, at.createdAt);
    entry.last = Math.max(entry.last, at.createdAt);
    for (const s of at.scope) entry.scope.add(s);
    byClient.set(at.clientId, entry);
  }
  for (const [clientId, e] of byClient) {
    out.push({
      clientId,
      deviceId: null,
      sessionTokenId: null,
      refreshTokenId: null,
      isCurrentSession: false,
      deviceType: null,
      name: state.clients.get(clientId)?.name ?? clientId,
      scope: [...e.scope].sort(),
      userAgent: '',
      os: null,
      ...base(e.created, e.last),
    });
  }
  return out;
}

export function attachedClientRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();
  const verifiedSession = tokenAuth(deps, 'sessionToken', { verified: true });

  r.get('/account/attached_clients', verifiedSession, (c) => {
    return c.json(attachedClients(state, requireSession(c)));
  });

  r.post('/account/attached_client/destroy', verifiedSession, async (c) => {
    const s = requireSession(c);
    const body = parseFields(
      await jsonBody(c),
      {
        clientId: opt(v.hex(8)),
        deviceId: opt(v.hex(16)),
        sessionTokenId: opt(v.hex(32)),
        refreshTokenId: opt(v.hex(32)),
      },
      'auth',
    );
    if (body.deviceId) {
      const device = state.devices.get(body.deviceId);
      if (!device || device.uid !== s.uid) throw AuthErrors.unknownDevice();
      state.destroyDevice(device.id);
    } else if (body.refreshTokenId) {
      const rt = [...state.refreshTokens.values()].find((t) => t.id === body.refreshTokenId);
      if (!rt || rt.uid !== s.uid) throw AuthErrors.invalidParameter(['refreshTokenId']);
      state.destroyRefreshToken(rt.id);
    } else if (body.sessionTokenId) {
      const target = state.sessions.get(body.sessionTokenId);
      if (!target || target.uid !== s.uid) throw AuthErrors.invalidParameter(['sessionTokenId']);
      state.destroySession(target.id);
    } else if (body.clientId) {
      for (const [token, at] of state.accessTokens) {
        if (at.uid === s.uid && at.clientId === body.clientId) state.accessTokens.delete(token);
      }
      for (const rt of [...state.refreshTokens.values()]) {
        if (rt.uid === s.uid && rt.clientId === body.clientId) state.destroyRefreshToken(rt.id);
      }
    } else {
      throw AuthErrors.missingParameter('clientId');
    }
    return c.json({});
  });

  return r;
}
