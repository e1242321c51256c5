// HTTP face of the control API, under `/__emulator` (mounted only when `controlApi` is on; the
// emulator itself is only ever loaded by tests, `npm run emulator` and dev mode):
//   POST   /__emulator/reset
//   GET    /__emulator/clients            POST /__emulator/clients   {name, redirectUris, …}
//   GET    /__emulator/emails/:address    GET  /__emulator/emails/:address/last
//   POST   /__emulator/accounts {email, password, verified?, displayName?, session?}
//   GET    /__emulator/accounts/:email
//   GET    /__emulator/faults  POST /__emulator/faults {path, method?, times?, delayMs?, status?, retryAfter?, account?}
//   DELETE /__emulator/faults  DELETE /__emulator/faults/:id (answers the fault, with its hits)
//   GET    /__emulator/clock   POST /__emulator/clock {advanceMs}
//   GET    /__emulator/config  PATCH /__emulator/config {loginVerification}
//   DELETE /__emulator/accounts/:email/sessions (every session ends: a password change elsewhere)
//   POST   /__emulator/accounts/:email/block_signin   (sign-ins blocked until unblocked)
//   POST   /__emulator/accounts/:email/age_unblock_codes {ms} (its unblock codes made older)
//   POST   /__emulator/accounts/:email/age_password_forgot_otp {ms} (its reset code made older)
//   two-step authentication: control-totp.ts

import { Hono } from 'hono';
import type { Deps, EmulatorEnv } from './context.ts';
import { jsonBody } from './context.ts';
import type { EmulatorControl } from './control.ts';
import { totpControlRoutes } from './control-totp.ts';
import { AuthErrors } from './errors.ts';
import { validateFaultSpec } from './faults.ts';
import { clientInfo } from './oauth-core.ts';
import { parseFields, v } from './validate.ts';

const opt = v.optional;

export function controlRoutes(deps: Deps, control: EmulatorControl) {
  const { state } = deps;
  const r = new Hono<EmulatorEnv>();

  r.get('/', (c) =>
    c.json({
      ok: true,
      now: state.now(),
      demoAccount: deps.options.demoAccount
        ? { email: deps.options.demoAccount.email, password: deps.options.demoAccount.password }
        : null,
      clients: [...state.clients.values()].map(clientInfo),
    }),
  );

  r.post('/reset', async (c) => {
    await control.reset();
    return c.json({ ok: true });
  });

  r.get('/clients', (c) =>
    c.json(
      [...state.clients.values()].map((client) => ({
        ...clientInfo(client),
        publicClient: client.publicClient,
        canGrant: client.canGrant,
        allowedScopes: client.allowedScopes,
      })),
    ),
  );

  r.post('/clients', async (c) => {
    const b = parseFields(
      await jsonBody(c),
      {
        id: opt(v.hex(8)),
        name: v.string({ min: 1, max: 256 }),
        redirectUris: v.any(),
        trusted: opt(v.boolean()),
        publicClient: opt(v.boolean()),
        canGrant: opt(v.boolean()),
        allowedScopes: opt(v.any()),
        imageUri: opt(v.string({ max: 256 })),
        secret: opt(v.hex(32)),
      },
      'auth',
    );
    const strings = (x: unknown): x is string[] =>
      Array.isArray(x) && x.every((s) => typeof s === 'string');
    if (!strings(b.redirectUris)) throw AuthErrors.invalidParameter(['redirectUris']);
    if (b.allowedScopes !== undefined && !strings(b.allowedScopes)) {
      throw AuthErrors.invalidParameter(['allowedScopes']);
    }
    if (b.id && state.clients.has(b.id)) throw AuthErrors.invalidParameter(['id']);
    const { redirectUris, allowedScopes, ...rest } = b;
    const created = await control.registerClient({
      ...rest,
      redirectUris,
      ...(allowedScopes ? { allowedScopes } : {}),
    });
    return c.json(created, 201);
  });

  r.get('/emails/:address', (c) => c.json(control.emails(c.req.param('address'))));

  r.get('/emails/:address/last', (c) => {
    const last = control.lastEmail(c.req.param('address'));
    if (!last) throw AuthErrors.notFound();
    return c.json(last);
  });

  r.post('/accounts', async (c) => {
    const b = parseFields(
      await jsonBody(c),
      {
        email: v.email(),
        password: v.string({ min: 1, max: 1024 }),
        verified: opt(v.boolean()),
        displayName: opt(v.string({ max: 256 })),
        uid: opt(v.hex(16)),
        session: opt(v.any()),
      },
      'auth',
    );
    if (state.findByEmail(b.email)) throw AuthErrors.accountExists(b.email);
    const session = b.session;
    const sessionOk =
      session === undefined ||
      typeof session === 'boolean' ||
      (typeof session === 'object' &&
        session !== null &&
        typeof (session as { verified?: unknown }).verified === 'boolean');
    if (!sessionOk) throw AuthErrors.invalidParameter(['session']);
    const created = await control.createAccount({
      ...b,
      session: session as boolean | { verified: boolean } | undefined,
    });
    return c.json(created, 201);
  });

  r.get('/accounts/:email', (c) => {
    const summary = control.account(c.req.param('email'));
    if (!summary) throw AuthErrors.unknownAccount(c.req.param('email'));
    return c.json(summary);
  });

  r.get('/faults', (c) => c.json(control.faults()));
  r.post('/faults', async (c) =>
    c.json(control.addFault(validateFaultSpec(await jsonBody(c))), 201),
  );
  r.delete('/faults', (c) => {
    control.clearFaults();
    return c.json({ ok: true });
  });
  r.delete('/faults/:id', (c) => {
    const removed = control.removeFault(Number(c.req.param('id')));
    if (!removed) throw AuthErrors.notFound();
    return c.json(removed);
  });

  r.get('/clock', (c) => c.json({ now: state.now(), offsetMs: state.clockOffsetMs }));
  r.post('/clock', async (c) => {
    const { advanceMs } = parseFields(
      await jsonBody(c),
      { advanceMs: v.integer({ min: 0 }) },
      'auth',
    );
    return c.json({ now: control.advanceClock(advanceMs), offsetMs: state.clockOffsetMs });
  });

  r.get('/config', (c) => c.json(control.config()));
  r.patch('/config', async (c) => {
    const b = parseFields(await jsonBody(c), { loginVerification: opt(v.boolean()) }, 'auth');
    return c.json(
      control.config(
        b.loginVerification === undefined ? {} : { loginVerification: b.loginVerification },
      ),
    );
  });

  r.delete('/accounts/:email/sessions', (c) => {
    const ended = control.endSessions(c.req.param('email'));
    if (ended === null) throw AuthErrors.unknownAccount(c.req.param('email'));
    return c.json({ ended });
  });

  r.post('/accounts/:email/age_unblock_codes', async (c) => {
    const { ms } = (await c.req.json().catch(() => ({}))) as { ms?: unknown };
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw AuthErrors.invalidParameter(['ms']);
    }
    if (!control.ageUnblockCodes(c.req.param('email'), ms)) {
      throw AuthErrors.unknownAccount(c.req.param('email'));
    }
    return c.json({ aged: true });
  });

  r.post('/accounts/:email/age_password_forgot_otp', async (c) => {
    const { ms } = (await c.req.json().catch(() => ({}))) as { ms?: unknown };
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw AuthErrors.invalidParameter(['ms']);
    }
    if (!control.agePasswordForgotOtp(c.req.param('email'), ms)) {
      throw AuthErrors.unknownAccount(c.req.param('email'));
    }
    return c.json({ aged: true });
  });

  r.post('/accounts/:email/block_signin', (c) => {
    if (!control.blockSignin(c.req.param('email'))) {
      throw AuthErrors.unknownAccount(c.req.param('email'));
    }
    return c.json({ blocked: true });
  });
  r.route('/', totpControlRoutes(deps));

  return r;
}
