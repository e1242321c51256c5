import { Localized } from '@fluent/react';
import {
  MIN_PASSWORD_LENGTH,
  type PasswordCheck,
  passwordAcceptable,
} from '../../lib/password-rules';
import { ErrorMessage, type ShownError } from './error-message';

// A new password and its repeat, checked as the user types: sign-up (/signup) and the end of a
// password reset (/complete_reset_password) ask for it the same way.

/** What the page says before asking the server. */
const PROBLEMS = {
  rules: {
    l10nId: 'signup-error-rules',
    fallback: 'Choose a password that meets the requirements.',
  },
  mismatch: { l10nId: 'signup-error-mismatch', fallback: 'Passwords do not match' },
} satisfies Record<string, ShownError>;

export type NewPasswordProblem = keyof typeof PROBLEMS;

/** The local check on submit: the rules first, then the repeat. */
export function newPasswordProblem(
  check: PasswordCheck,
  password: string,
  repeat: string,
): NewPasswordProblem | null {
  if (!passwordAcceptable(check)) return 'rules';
  return repeat !== password ? 'mismatch' : null;
}

type Label = { id: string; text: string };

type Props = {
  labels: { password: Label; repeat: Label };
  password: string;
  onPassword: (value: string) => void;
  repeat: string;
  onRepeat: (value: string) => void;
  check: PasswordCheck;
  problem: NewPasswordProblem | null;
  /** The id of the error under the fields (this check's or the server's). */
  errorId: string;
  /** The server's error is shown under the fields (by the page): the password names it too. */
  serverError: boolean;
  autoFocus?: boolean;
};

/** The two fields, the rules between them, and this check's problem under them. */
export function NewPasswordFields(p: Props) {
  const describedBy = ['signup-rules', p.problem || p.serverError ? p.errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <label className="field">
        <Localized id={p.labels.password.id}>
          <span>{p.labels.password.text}</span>
        </Localized>
        <input
          type="password"
          name="password"
          autoComplete="new-password"
          required
          // biome-ignore lint/a11y/noAutofocus: on sign-up the password is the one thing asked
          autoFocus={p.autoFocus}
          value={p.password}
          aria-describedby={describedBy}
          aria-invalid={p.problem === 'rules' || undefined}
          onChange={(e) => p.onPassword(e.target.value)}
        />
      </label>
      <PasswordRules check={p.check} />
      <label className="field">
        <Localized id={p.labels.repeat.id}>
          <span>{p.labels.repeat.text}</span>
        </Localized>
        <input
          type="password"
          name="repeat-password"
          autoComplete="new-password"
          required
          value={p.repeat}
          aria-invalid={p.problem === 'mismatch' || undefined}
          onChange={(e) => p.onRepeat(e.target.value)}
        />
      </label>
      {p.problem !== null && <ErrorMessage id={p.errorId} error={PROBLEMS[p.problem]} />}
    </>
  );
}

const RULES: { key: keyof PasswordCheck; l10nId: string; fallback: string }[] = [
  { key: 'length', l10nId: 'signup-rule-length', fallback: 'At least 8 characters' },
  { key: 'notEmail', l10nId: 'signup-rule-not-email', fallback: 'Not your email address' },
  { key: 'notCommon', l10nId: 'signup-rule-not-common', fallback: 'Not a commonly used password' },
];

/** The rules, each marked met or not in words as well as in colour. */
export function PasswordRules({ check }: { check: PasswordCheck }) {
  return (
    <div className="password-rules" id="signup-rules">
      <Localized id="signup-rules-heading">
        <p>Your password needs:</p>
      </Localized>
      <ul>
        {RULES.map((rule) => (
          <li key={rule.key} className={check[rule.key] ? 'met' : 'unmet'}>
            <Localized id={rule.l10nId} vars={{ count: MIN_PASSWORD_LENGTH }}>
              <span>{rule.fallback}</span>
            </Localized>{' '}
            {check[rule.key] ? (
              <Localized id="signup-rule-met">
                <span className="visually-hidden">(done)</span>
              </Localized>
            ) : (
              <Localized id="signup-rule-unmet">
                <span className="visually-hidden">(not yet)</span>
              </Localized>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
