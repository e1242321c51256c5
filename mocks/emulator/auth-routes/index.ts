// The auth-server API, mounted at `/v1` by app.ts.

import { Hono } from 'hono';
import type { Deps, EmulatorEnv } from '../context.ts';
import { accountRoutes } from './account.ts';
import { accountDataRoutes } from './account-data.ts';
import { attachedClientRoutes } from './attached-clients.ts';
import { deviceRoutes } from './devices.ts';
import { emailRoutes } from './emails.ts';
import { mfaRoutes } from './mfa.ts';
import { oauthAuthRoutes } from './oauth.ts';
import { passwordRoutes } from './password.ts';
import { sessionRoutes } from './session.ts';
import { totpRoutes } from './totp.ts';

export function authRoutes(deps: Deps) {
  return new Hono<EmulatorEnv>()
    .route('/', accountRoutes(deps))
    .route('/', accountDataRoutes(deps))
    .route('/', sessionRoutes(deps))
    .route('/', emailRoutes(deps))
    .route('/', deviceRoutes(deps))
    .route('/', attachedClientRoutes(deps))
    .route('/', passwordRoutes(deps))
    .route('/', oauthAuthRoutes(deps))
    .route('/', totpRoutes(deps))
    .route('/', mfaRoutes(deps));
}
