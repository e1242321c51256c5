import { useState } from 'react';
import { getResetSession, type ResetSession } from './reset-session';

/** The reset in memory, read once per page (null after a reload: the page sends the user back). */
export function useResetSession(): ResetSession | null {
  const [session] = useState(getResetSession);
  return session;
}
