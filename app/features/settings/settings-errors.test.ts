import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuthServerError, NetworkError } from '../../lib/auth-client/errors';
import { shownError } from './settings-errors';

const server = (errno: number, code = 400) => new AuthServerError({ errno, code });

describe('what a failed settings request says', () => {
  it.each([
    [server(103), 'settings-error-incorrect-password'],
    [server(105), 'settings-error-invalid-code'],
    [server(183), 'settings-error-invalid-code'],
    [server(136), 'settings-error-email-taken'],
    [server(139), 'settings-error-email-is-primary'],
    [server(189), 'settings-error-email-on-account'],
    [server(114, 429), 'settings-error-throttled'],
    [server(201, 503), 'settings-error-unavailable'],
    [new NetworkError('offline'), 'settings-error-network'],
    [new NetworkError('timeout'), 'settings-error-network'],
    [server(999, 500), 'settings-error-unexpected'],
    [new Error('boom'), 'settings-error-unexpected'],
    [undefined, 'settings-error-unexpected'],
  ])('%o → %s', (error, id) => {
    expect(shownError(error).l10nId).toBe(id);
    // The ids are built from the errno table, so the Fluent check cannot see them: check here.
    const english = fs.readFileSync(path.join(import.meta.dirname, 'en.ftl'), 'utf8');
    expect(english).toMatch(new RegExp(`^${id} = `, 'm'));
  });
});
