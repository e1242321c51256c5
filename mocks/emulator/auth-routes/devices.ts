// Devices: POST /account/device (Firefox registers itself after login), GET /account/devices,
// POST /account/device/destroy, plus the device-command endpoints Firefox polls
// (GET /account/device/commands, POST /account/devices/notify) answered empty.
// mozilla/fxa `lib/routes/devices-and-sessions.js`; field list in protocol.md §3.

import { Hono } from 'hono';
import { type Deps, type EmulatorEnv, jsonBody, requireSession } from '../context.ts';
import { AuthErrors } from '../errors.ts';
import { tokenAuth } from '../hawk-auth.ts';
import { randomHex } from '../server-crypto.ts';
import type { DeviceRecord, SessionRecord } from '../state.ts';
import { parseFields, v } from '../validate.ts';
import { fromNow } from './attached-clients.ts';

const opt = v.optional;

function deviceJson(d: DeviceRecord, current: SessionRecord, now: number) {
  return {
    id: d.id,
    isCurrentDevice: d.sessionId === current.id,
    lastAccessTime: d.lastAccessTime,
    lastAccessTimeFormatted: fromNow(d.lastAccessTime, now),
    approximateLastAccessTime: d.lastAccessTime,
    approximateLastAccessTimeFormatted: fromNow(d.lastAccessTime, now),
    location: {},
    name: d.name,
    type: d.type,
    pushCallback: d.pushCallback,
    pushPublicKey: d.pushPublicKey,
    pushAuthKey: d.pushAuthKey,
    pushEndpointExpired: false,
    availableCommands: d.availableCommands,
  };
}

export function deviceRoutes(deps: Deps) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();
  const session = tokenAuth(deps, 'sessionToken');
  const verifiedSession = tokenAuth(deps, 'sessionToken', { verified: true });

  r.post('/account/device', session, async (c) => {
    const s = requireSession(c);
    const body = parseFields(
      await jsonBody(c),
      {
        id: opt(v.hex(16)),
        name: opt(v.string({ max: 255 })),
        type: opt(v.string({ max: 16 })),
        availableCommands: opt(v.object()),
        pushCallback: opt(v.string({ max: 255 })),
        pushPublicKey: opt(v.string({ max: 88 })),
        pushAuthKey: opt(v.string({ max: 24 })),
        capabilities: opt(v.any()),
      },
      'auth',
    );
    let device = body.id
      ? state.devices.get(body.id)
      : s.deviceId
        ? state.devices.get(s.deviceId)
        : undefined;
    if (body.id && (!device || device.uid !== s.uid)) throw AuthErrors.unknownDevice();
    if (device?.sessionId && device.sessionId !== s.id) {
      throw AuthErrors.deviceSessionConflict(device.id);
    }
    const now = state.now();
    if (!device) {
      device = {
        id: randomHex(16),
        uid: s.uid,
        sessionId: s.id,
        refreshTokenId: null,
        name: '',
        type: 'desktop',
        availableCommands: {},
        pushCallback: null,
        pushPublicKey: null,
        pushAuthKey: null,
        createdAt: now,
        lastAccessTime: now,
      };
      state.devices.set(device.id, device);
      s.deviceId = device.id;
    }
    if (body.name !== undefined) device.name = body.name;
    if (body.type !== undefined) device.type = body.type;
    if (body.availableCommands) {
      device.availableCommands = Object.fromEntries(
        Object.entries(body.availableCommands).map(([k, val]) => [k, String(val)]),
      );
    }
    if (body.pushCallback !== undefined) device.pushCallback = body.pushCallback || null;
    if (body.pushPublicKey !== undefined) device.pushPublicKey = body.pushPublicKey || null;
    if (body.pushAuthKey !== undefined) device.pushAuthKey = body.pushAuthKey || null;
    device.lastAccessTime = now;
    return c.json({
      id: device.id,
      createdAt: device.createdAt,
      name: device.name,
      type: device.type,
      availableCommands: device.availableCommands,
      pushCallback: device.pushCallback,
      pushPublicKey: device.pushPublicKey,
      pushAuthKey: device.pushAuthKey,
      pushEndpointExpired: false,
    });
  });

  r.get('/account/devices', verifiedSession, (c) => {
    const s = requireSession(c);
    return c.json(state.devicesOf(s.uid).map((d) => deviceJson(d, s, state.now())));
  });

  r.post('/account/device/destroy', verifiedSession, async (c) => {
    const s = requireSession(c);
    const { id } = parseFields(await jsonBody(c), { id: v.hex(16) }, 'auth');
    const device = state.devices.get(id);
    if (!device || device.uid !== s.uid) throw AuthErrors.unknownDevice();
    state.destroyDevice(device.id);
    return c.json({});
  });

  // No push service and no other devices to talk to: nothing is ever pending.
  r.get('/account/device/commands', verifiedSession, (c) => {
    const index = Number(c.req.query('index') ?? 0);
    return c.json({ index: Number.isInteger(index) ? index : 0, last: true, messages: [] });
  });

  r.post('/account/devices/notify', verifiedSession, async (c) => {
    parseFields(
      await jsonBody(c),
      {
        to: v.any(),
        excluded: opt(v.any()),
        payload: v.object(),
        TTL: opt(v.integer({ min: 0 })),
      },
      'auth',
    );
    return c.json({});
  });

  return r;
}
