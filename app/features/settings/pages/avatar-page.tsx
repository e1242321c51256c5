import { Localized } from '@fluent/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { CancelLink } from '../../../components/form-actions';
import { deleteAvatar, type Profile, uploadAvatar } from '../../../lib/auth-client/profile';
import { Avatar } from '../avatar';
import { squareAvatar } from '../avatar-image';
import { settingsKeys, useProfileQuery } from '../data/queries';
import { useSettingsMutation } from '../data/settings-mutation';
import { ErrorText } from '../error-text';
import { announceProfileChange } from '../session-actions';
import { showSettingsAlert } from '../settings-alert';
import { useSettingsOutletAccount } from '../settings-layout';
import { CANCEL, SubPage } from './sub-page';

const IMAGE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';

/**
 * `/settings/avatar` (upstream PageAvatar, test settings/avatar.spec.ts): choose a photo, see it
 * before saving it, or remove the one there is (back to the default avatar with the initial).
 */
export function AvatarPage() {
  const account = useSettingsOutletAccount();
  const profile = useProfileQuery(account.uid);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [preview, setPreview] = useState<{ image: Blob; url: string } | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview.url) : undefined), [preview]);

  const done = (update: (p: Profile) => Profile, alert: { l10nId: string; fallback: string }) => {
    queryClient.setQueryData<Profile>(settingsKeys.profile(account.uid), (p) =>
      p ? update(p) : p,
    );
    announceProfileChange(account.uid);
    showSettingsAlert(alert);
    navigate('/settings');
  };
  const upload = useSettingsMutation<Blob, { url: string }>(
    'avatar-upload',
    (token, image) => uploadAvatar(token, image, image.type),
    {
      onSuccess: ({ url }) =>
        done((p) => ({ ...p, avatar: url, avatarDefault: false }), {
          l10nId: 'settings-picture-updated',
          fallback: 'Profile picture updated',
        }),
    },
  );
  const remove = useSettingsMutation<void>('avatar-delete', (token) => deleteAvatar(token), {
    onSuccess: () =>
      done((p) => ({ ...p, avatarDefault: true }), {
        l10nId: 'settings-picture-removed',
        fallback: 'Profile picture removed',
      }),
  });
  const busy = upload.isPending || remove.isPending;
  const hasPicture = profile.data ? !profile.data.avatarDefault : false;
  const error = upload.error ?? remove.error;

  return (
    <SubPage headingId="settings-picture-heading" heading="Profile picture">
      <div className="avatar-preview">
        <Avatar profile={profile.data} email={account.email} previewUrl={preview?.url} />
      </div>
      {unreadable ? (
        <Localized id="settings-picture-unreadable">
          <p className="error-text" role="alert">
            This file is not a picture that can be used. Choose a PNG, JPEG, GIF or WebP image.
          </p>
        </Localized>
      ) : null}
      {error ? <ErrorText error={error} /> : null}
      <div className="settings-actions">
        <label className="button file-button">
          <Localized id="settings-picture-choose">
            <span>Upload a photo</span>
          </Localized>
          <input
            type="file"
            className="visually-hidden"
            accept={IMAGE_TYPES}
            disabled={busy}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              upload.reset();
              try {
                const image = await squareAvatar(file);
                setUnreadable(false);
                setPreview({ image, url: URL.createObjectURL(image) });
              } catch {
                setUnreadable(true);
                setPreview(null);
              }
            }}
          />
        </label>
        {preview ? (
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => upload.mutate(preview.image)}
          >
            <Localized id="settings-save">
              <span>Save</span>
            </Localized>
          </button>
        ) : hasPicture ? (
          <button type="button" className="button" disabled={busy} onClick={() => remove.mutate()}>
            <Localized id="settings-picture-remove">
              <span>Remove photo</span>
            </Localized>
          </button>
        ) : null}
        <CancelLink cancel={CANCEL} />
      </div>
    </SubPage>
  );
}
