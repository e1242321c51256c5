// The auth-server API, mounted at `/v1` by app.ts.

import { Hono } from 'hono';
import type { Deps, EmulatorEnv } from '../context.ts';
import { accountRoutes } from './account.ts';
import { accountDataRoutes } from './account-data.ts';
import { accountResetRoutes } from './account-reset.ts';
import { attachedClientRoutes } from './attached-clients.ts';
import { deviceRoutes } from './devices.ts';
import { emailRoutes } from './emails.ts';
import { metricsOptRoutes } from './metrics-opt.ts';
import { mfaRoutes } from './mfa.ts';
import { oauthAuthRoutes } from './oauth.ts';
import { passwordRoutes } from './password.ts';
import { passwordForgotRoutes } from './password-forgot.ts';
import { recoveryKeyRoutes } from './recovery-key.ts';
import { sessionRoutes } from './session.ts';
import { totpRoutes } from './totp.ts';
import { totpResetRoutes } from './totp-reset.ts';
import { unblockCodeRoutes } from './unblock-codes.ts';

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
    .route('/', unblockCodeRoutes(deps))
    .route('/', metricsOptRoutes(deps))
    .route('/', totpRoutes(deps))
    .route('/', mfaRoutes(deps))
    .route('/', passwordForgotRoutes(deps))
    .route('/', accountResetRoutes(deps))
    .route('/', recoveryKeyRoutes(deps))
    .route('/', totpResetRoutes(deps));
}
