import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Account } from '../../../lib/auth-client/account-data';
import { settingsKeys } from './queries';

/**
 * Applies a change the server just accepted to the cached account at once (no flash of the old
 * state), then reloads it in the background so the page ends on the server's word.
 */
export function useUpdateAccount(uid: string) {
  const client = useQueryClient();
  return useCallback(
    (update: (account: Account) => Account) => {
      const key = settingsKeys.account(uid);
      client.setQueryData<Account>(key, (old) => (old ? update(old) : old));
      void client.invalidateQueries({ queryKey: key });
    },
    [client, uid],
  );
}
