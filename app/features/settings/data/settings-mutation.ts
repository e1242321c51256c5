import { type UseMutationOptions, useMutation } from '@tanstack/react-query';
import { settingsMutationKey, withSessionToken } from './queries';

/**
 * A settings action against the servers, made with the session's current token. Keyed under
 * 'settings' so that an errno 110 from it ends the session (use-settings-account.ts); any other
 * failure stays on `error` for the page to say, and nothing is retried behind the user's back.
 */
export function useSettingsMutation<TVariables, TResult = void>(
  name: string,
  run: (sessionToken: string, variables: TVariables) => Promise<TResult>,
  options: Omit<UseMutationOptions<TResult, Error, TVariables>, 'mutationFn' | 'mutationKey'> = {},
) {
  return useMutation<TResult, Error, TVariables>({
    ...options,
    mutationKey: settingsMutationKey(name),
    mutationFn: (variables) => withSessionToken((token) => run(token, variables)),
  });
}
