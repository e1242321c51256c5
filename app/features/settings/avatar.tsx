import { useLocalization } from '@fluent/react';
import type { Profile } from '../../lib/auth-client/profile-read';

/** The first letter of the display name, else of the email (upstream's default avatar). */
export function initialOf(displayName: string | null | undefined, email: string): string {
  const source = displayName?.trim() || email;
  return (Array.from(source)[0] ?? '?').toLocaleUpperCase();
}

type AvatarProps = {
  profile: Profile | undefined;
  email: string;
  size?: 'small' | 'large';
  /** An image to show instead (the upload preview). */
  previewUrl?: string | undefined;
};

/** The user's picture, or the default: their initial on a coloured disc. */
export function Avatar({ profile, email, size = 'large', previewUrl }: AvatarProps) {
  const { l10n } = useLocalization();
  const className = `avatar ${size}`;
  const url = previewUrl ?? (profile && !profile.avatarDefault ? profile.avatar : undefined);
  if (url) {
    return (
      <img
        className={className}
        src={url}
        alt={l10n.getString('settings-avatar-alt', null, 'Your profile picture')}
        data-testid="avatar"
      />
    );
  }
  return (
    <span
      className={`${className} default`}
      role="img"
      aria-label={l10n.getString('settings-avatar-default-alt', null, 'Default profile picture')}
      data-testid="avatar-default"
    >
      {initialOf(profile?.displayName, email)}
    </span>
  );
}
