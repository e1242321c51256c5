import { Localized } from '@fluent/react';
import { type ReactNode, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { signedInAccount, useSessionStore } from '../../../session/session-store';
import { BadRequest, isBadRequest } from '../bad-request';
import type { ShownError } from '../error-message';
import type { StepNavigate } from '../finish-signin';
import { emailFirstPath, type SigninFlow, withoutPrefill, withQuery } from '../flow';
import { explainFailure, usePreloadActions } from '../load-actions';
import { getPendingSignin, type PendingSignin } from '../pending-signin';
import { type StepState, useStep } from '../signin-state';
import { CodeStepForm } from './code-step-form';

// The frame both second-step pages share (/signin_totp_code and /signin_recovery_code): the
// sign-in in progress, one code field, its errors, and what a refused session means. The pages
// say which code and how it is checked.

export type SubmitResult = 'done' | ShownError;

export type SecondStepCopy = {
  headingId: string;
  heading: string;
  instructionId: string;
  instruction: string;
  labelId: string;
  label: string;
  requiredError: ShownError;
  input: { inputMode: 'numeric' | 'text'; pattern: string; maxLength: number };
  /** A quick local check (length, alphabet): the error to show instead of asking the server. */
  malformed: (code: string) => ShownError | null;
};

type Props = {
  copy: SecondStepCopy;
  submit: (
    pending: PendingSignin,
    code: string,
    flow: SigninFlow,
    navigate: StepNavigate,
  ) => Promise<SubmitResult>;
  /** Links under the form (the other kind of code, another account). */
  links: (flow: SigninFlow, email: string) => ReactNode;
};

/**
 * The sign-in this step finishes: the one in memory (with its keys), the stored account after a
 * reload, or the page's signed-in session when a relier asked for the second step after a
 * one-click sign-in (acr_values=AAL2).
 */
function useSecondStepSignin(): PendingSignin | null {
  const session = useSessionStore((s) => s.session);
  const [pending] = useState(() => {
    const known = getPendingSignin('signin');
    if (known) return known;
    const account = signedInAccount(session);
    return account
      ? { account, action: 'signin' as const, emailVerified: true, sessionVerified: false }
      : null;
  });
  return pending;
}

export function SecondStepPage({ copy, submit, links }: Props) {
  const { flow } = useStep();
  const navigate = useNavigate();
  const signOut = useSessionStore((s) => s.signOut);
  const pending = useSecondStepSignin();
  usePreloadActions();
  if (isBadRequest(flow)) return <BadRequest flow={flow} />;
  if (!pending) return <Navigate to={withQuery(emailFirstPath(flow), flow.query)} replace />;
  const { account } = pending;
  const stepNavigate: StepNavigate = (to, options) => navigate(to, options);

  const explain = async (e: unknown) => {
    const failure = await explainFailure(e);
    if (!failure.sessionGone) return failure.shown;
    navigate(withQuery(`${flow.prefix}/signin`, flow.query), {
      replace: true,
      state: { email: account.email, notice: 'session-expired' } satisfies StepState,
    });
    signOut();
    return null;
  };

  return (
    <section className="card signin-card" aria-labelledby="second-step-heading" data-signin-ready>
      <Localized id={copy.headingId}>
        <h1 id="second-step-heading">{copy.heading}</h1>
      </Localized>
      <Localized id={copy.instructionId}>
        <p>{copy.instruction}</p>
      </Localized>
      <CodeStepForm
        label={{ id: copy.labelId, text: copy.label }}
        input={copy.input}
        errorId="second-step-error"
        busyText={{ id: 'code-busy', text: 'Confirming…' }}
        submit={{ id: 'code-submit', text: 'Confirm' }}
        validate={(value) => (value ? copy.malformed(value) : copy.requiredError)}
        check={async (value) => {
          const result = await submit(pending, value, flow, stepNavigate);
          return result === 'done' ? null : result;
        }}
        explain={explain}
      />
      {links(flow, account.email)}
    </section>
  );
}

/** "Use a different account": email-first for this flow, without the prefilled address. */
export function differentAccountPath(flow: SigninFlow): string {
  return withQuery(emailFirstPath(flow), withoutPrefill(flow.query));
}
