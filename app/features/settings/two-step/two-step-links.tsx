import { CancelLink } from '../../../components/form-actions';

/** "Cancel": back to /settings, nothing saved. */
export function CancelToSettings() {
  return <CancelLink cancel={{ to: '/settings', l10nId: 'two-step-cancel', fallback: 'Cancel' }} />;
}
