// The emulator: one Hono app (fetch(Request) → Response) that MSW mounts in the browser and in
// vitest, and @hono/node-server serves on localhost (protocol.md §0.5/§7). Layout under origin E:
//   E/v1/…                   auth server (auth-routes/) and OAuth server (oauth-routes.ts)
//   E/profile/v1/…           profile server, E/profile/a/:id avatar images
//   E/.well-known/…          openid-configuration, fxa-client-configuration
//   E/__emulator/…           test-only control API (control-routes.ts)

import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { authRoutes } from './auth-routes/index.ts';
import type { Deps, EmulatorEnv } from './context.ts';
import { createControl, type EmulatorControl } from './control.ts';
import { controlRoutes } from './control-routes.ts';
import { AuthErrors, EmulatorError } from './errors.ts';
import { ownedBy, requestOwner } from './fault-scope.ts';
import { errorResponse, faultResponse, faultsFor, sleep, takeFault } from './faults.ts';
import { oauthServerRoutes } from './oauth-routes.ts';
import { Oidc } from './oidc.ts';
import { type EmulatorOptions, type ResolvedOptions, resolveOptions } from './options.ts';
import { profileRoutes } from './profile-routes.ts';
import { seed } from './seed.ts';
import { EmulatorState } from './state.ts';
import { wellKnownRoutes } from './well-known-routes.ts';

export interface Emulator {
  app: Hono<EmulatorEnv>;
  state: EmulatorState;
  control: EmulatorControl;
  options: ResolvedOptions;
  /** Resolves once the seed data (which needs async WebCrypto) is in place. */
  ready: Promise<void>;
}

// Routes any origin may call (upstream's OAuth/profile servers answer CORS with `*`:
// token.js `cors: { origin: 'ignore' }`); the auth API and control API are origin-listed.
const OPEN_PATHS =
  /^\/(?:v1\/(?:token|jwks|verify|introspect|destroy|authorization|client\/)|profile\/|\.well-known\/)/;

export function createEmulator(input: EmulatorOptions = {}): Emulator {
  const options = resolveOptions(input);
  const state = new EmulatorState(options.now, { loginVerification: options.loginVerification });
  const deps: Deps = { state, options, oidc: new Oidc() };
  const ready = seed(deps);
  const control = createControl(deps, () => ready);

  const app = new Hono<EmulatorEnv>();

  app.use(
    '*',
    cors({
      origin: (origin, c) => {
        if (OPEN_PATHS.test(new URL(c.req.url).pathname)) return origin || '*';
        return options.corsOrigins.includes(origin) ? origin : null;
      },
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['Retry-After', 'Timestamp', 'Content-Length'],
      maxAge: 600,
    }),
  );

  app.use('*', async (c, next) => {
    await ready;
    const path = new URL(c.req.url).pathname;
    if (!path.startsWith('/__emulator')) {
      const candidates = faultsFor(state.faults, c.req.method, path);
      // Only a fault scoped to an account needs to know whose request this is.
      const owner = candidates.some((f) => f.account !== null)
        ? await requestOwner(c, state)
        : null;
      const fault = takeFault(
        state.faults,
        c.req.method,
        path,
        (email) => owner !== null && ownedBy(state, owner, email),
      );
      if (fault) {
        if (fault.delayMs) await sleep(fault.delayMs);
        const response = faultResponse(fault);
        if (response) return response;
      }
    }
    await next();
    // Upstream stamps responses with the server time (seconds), which clients use for skew.
    c.res.headers.set('Timestamp', String(state.nowSec()));
  });

  app.route('/v1', oauthServerRoutes(deps));
  app.route('/v1', authRoutes(deps));
  app.route('/profile', profileRoutes(deps));
  app.route('/.well-known', wellKnownRoutes(deps));
  if (options.controlApi) app.route('/__emulator', controlRoutes(deps, control));

  app.notFound(() => errorResponse(AuthErrors.notFound()));
  app.onError((err) => {
    if (err instanceof EmulatorError) return errorResponse(err);
    // A bug in the emulator, not a protocol error: make it loud (tests fail on console.error).
    console.error('[emulator] unexpected error', err);
    return errorResponse(AuthErrors.unexpected());
  });

  return { app, state, control, options, ready };
}

export type { EmulatorOptions } from './options.ts';
