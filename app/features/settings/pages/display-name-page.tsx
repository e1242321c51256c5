import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Field } from '../../../components/field';
import { FormActions } from '../../../components/form-actions';
import { RetryCountdown } from '../../../components/retry-countdown';
import { type Profile, setDisplayName } from '../../../lib/auth-client/profile';
import { retryAfterSeconds } from '../../../lib/auth-client/retry-after';
import { useRetryWait } from '../../../lib/retry-wait';
import { settingsKeys, useProfileQuery } from '../data/queries';
import { useSettingsMutation } from '../data/settings-mutation';
import { ErrorText } from '../error-text';
import { announceProfileChange } from '../session-actions';
import { showSettingsAlert } from '../settings-alert';
import { useSettingsOutletAccount } from '../settings-layout';
import { CANCEL, SAVE, SubPage } from './sub-page';

/**
 * `/settings/display_name` (upstream PageDisplayName, test settings/displayName.spec.ts): add,
 * change or remove (save it empty) the display name; back on /settings, "Display name updated".
 */
export function DisplayNamePage() {
  const account = useSettingsOutletAccount();
  const profile = useProfileQuery(account.uid);
  const current = profile.data?.displayName ?? '';
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? current;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const save = useSettingsMutation<string>('display-name', setDisplayName, {
    onSuccess: (_r, name) => {
      queryClient.setQueryData<Profile>(settingsKeys.profile(account.uid), (p) =>
        p ? { ...p, displayName: name || null } : p,
      );
      announceProfileChange(account.uid);
      showSettingsAlert({ l10nId: 'settings-name-updated', fallback: 'Display name updated' });
      navigate('/settings');
    },
  });
  const unchanged = value.trim() === current;
  const wait = useRetryWait(save.error, retryAfterSeconds(save.error));
  return (
    <SubPage headingId="settings-name-heading" heading="Display name">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!unchanged && !wait.waiting) save.mutate(value.trim());
        }}
      >
        <Field
          label={{ l10nId: 'settings-name-label', fallback: 'Enter display name' }}
          name="displayName"
          autoComplete="name"
          maxLength={256}
          value={value}
          disabled={profile.status === 'pending'}
          note={save.error ? (id) => <ErrorText error={save.error} id={id} /> : null}
          onChange={(e) => setTyped(e.target.value)}
        />
        <RetryCountdown wait={wait} />
        <FormActions
          submit={SAVE}
          cancel={CANCEL}
          disabled={unchanged || save.isPending || wait.waiting || profile.status === 'pending'}
        />
      </form>
    </SubPage>
  );
}
