import fs from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { OAUTH_ERRORS, type OAuthFailure } from './oauth-errors';

// The error table names its Fluent messages indirectly (the l10n check cannot see them): every
// one must exist in English and say what the table's English message says.
const bundle = new FluentBundle('en', { useIsolating: false });
bundle.addResource(
  new FluentResource(
    fs.readFileSync(path.join(import.meta.dirname, '../../features/oauth/en.ftl'), 'utf8'),
  ),
);

const failures: [string, OAuthFailure][] = Object.entries(OAUTH_ERRORS).map(([name, make]) => [
  name,
  (make as (param: string) => OAuthFailure)('state'),
]);

describe('OAuth error messages', () => {
  it.each(failures)('%s has an English message matching the table', (_name, failure) => {
    const message = bundle.getMessage(failure.id);
    expect(message?.value, failure.id).toBeTruthy();
    const text = bundle.formatPattern(
      message?.value ?? '',
      failure.param ? { param: failure.param } : {},
    );
    expect(text).toBe(failure.message);
  });
});
