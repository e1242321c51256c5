// What one step hands the next in history state (upstream passes `location.state` the same way,
// fxa-settings pages/Signin/interfaces.ts). Only the email and flags go here: tokens and keys
// never do (pending-signin.ts keeps those in memory). History state survives a reload and can
// be anything another script pushed, so it is read defensively.

/** Messages a step can leave for the page it sends the user to. */
export type StepNotice = 'cancelled' | 'session-expired';

export type StepState = {
  email?: string;
  /** Email-first stays on its form even though a session exists ("Use a different account"). */
  stay?: boolean;
  notice?: StepNotice;
};

const NOTICES: readonly StepNotice[] = ['cancelled', 'session-expired'];

export function readStepState(raw: unknown): StepState {
  if (typeof raw !== 'object' || raw === null) return {};
  const { email, stay, notice } = raw as Record<string, unknown>;
  const state: StepState = {};
  if (typeof email === 'string' && email.length <= 254) state.email = email;
  if (stay === true) state.stay = true;
  if (typeof notice === 'string' && (NOTICES as readonly string[]).includes(notice)) {
    state.notice = notice as StepNotice;
  }
  return state;
}
