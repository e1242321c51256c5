// errno 120 "Incorrect email case": onepw v1 salts with the sign-up email, so a differently-cased
// email derives the wrong authPW. The server answers with the stored email; retry ONCE with it,
// telling the server what the user typed (originalLoginEmail).
// https://github.com/mozilla/fxa/blob/main/packages/fxa-auth-client/lib/client.ts (signIn catch)

import { ERRNO, isAuthServerError } from './errors.ts';

export async function retryOnIncorrectEmailCase<T>(
  email: string,
  run: (email: string, originalLoginEmail: string | undefined) => Promise<T>,
): Promise<T> {
  try {
    return await run(email, undefined);
  } catch (err) {
    if (isAuthServerError(err, ERRNO.INCORRECT_EMAIL_CASE) && err.email && err.email !== email) {
      return run(err.email, email);
    }
    throw err;
  }
}
