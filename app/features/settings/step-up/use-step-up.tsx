import { lazy, type ReactNode, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { ERRNO, isAuthServerError } from '../../../lib/auth-client/errors';
import { type MfaAction, mfaOtpRequest } from '../../../lib/auth-client/mfa';
import { useSessionStore } from '../../../session/session-store';
import { currentSessionToken, NoSessionError } from '../data/queries';
import { StepUpCancelled } from './cancelled';
import { cachedJwt, forgetJwt, rememberJwt } from './jwt-cache';

export { StepUpCancelled } from './cancelled';

// The dialog and its strings load when a code is first asked for, never with /settings.
const StepUpDialog = lazy(() =>
  Promise.all([import('./step-up-dialog'), import('./step-up-strings').then((m) => m.ready)]).then(
    ([m]) => ({ default: m.StepUpDialog }),
  ),
);

/** upstream `INVALID_MFA_TOKEN`; an older auth strategy answered a bare 401 instead. */
const jwtRejected = (e: unknown) =>
  isAuthServerError(e) && (e.errno === ERRNO.INVALID_MFA_TOKEN || e.code === 401);

type Prompt = {
  sessionToken: string;
  email: string;
  resolve: (jwt: string) => void;
  reject: (e: Error) => void;
};

/**
 * Step-up verification for one kind of sensitive edit (upstream's MfaGuard,
 * packages/fxa-settings/src/components/Settings/MfaGuard): `withJwt(edit)` runs `edit` with a JWT
 * for `action`, the one held in memory for this session when still valid, else after the user
 * confirms a code emailed to the primary address in a dialog (render `dialog`). The page and what
 * the user typed stay put behind the dialog; Cancel rejects with StepUpCancelled. A JWT the server
 * refuses (expired, revoked) is dropped and the code asked for again, once.
 */
export function useStepUp(action: MfaAction): {
  withJwt<T>(edit: (jwt: string) => Promise<T>): Promise<T>;
  dialog: ReactNode;
} {
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const mounted = useRef(true);
  const pending = useRef<Prompt | null>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      pending.current?.reject(new StepUpCancelled());
    };
  }, []);

  const ask = useCallback(
    async (sessionToken: string): Promise<string> => {
      await mfaOtpRequest(sessionToken, action);
      if (!mounted.current) throw new StepUpCancelled();
      const session = useSessionStore.getState().session;
      const email = session.status === 'signed-in' ? session.account.email : '';
      return new Promise<string>((resolve, reject) => {
        const settle = () => {
          pending.current = null;
          if (mounted.current) setPrompt(null);
        };
        const next: Prompt = {
          sessionToken,
          email,
          resolve: (jwt) => {
            rememberJwt(sessionToken, action, jwt);
            settle();
            resolve(jwt);
          },
          reject: (e) => {
            settle();
            reject(e);
          },
        };
        pending.current = next;
        setPrompt(next);
      });
    },
    [action],
  );

  const withJwt = useCallback(
    async <T,>(edit: (jwt: string) => Promise<T>): Promise<T> => {
      const sessionToken = currentSessionToken();
      if (!sessionToken) throw new NoSessionError('signed out');
      const jwt = cachedJwt(sessionToken, action) ?? (await ask(sessionToken));
      try {
        return await edit(jwt);
      } catch (e) {
        if (!jwtRejected(e)) throw e;
        forgetJwt(sessionToken, action);
        return edit(await ask(sessionToken));
      }
    },
    [action, ask],
  );

  const dialog = prompt ? (
    <Suspense fallback={null}>
      <StepUpDialog
        action={action}
        email={prompt.email}
        sessionToken={prompt.sessionToken}
        onVerified={prompt.resolve}
        onCancel={() => prompt.reject(new StepUpCancelled())}
        onSessionLost={prompt.reject}
      />
    </Suspense>
  ) : null;
  return { withJwt, dialog };
}
