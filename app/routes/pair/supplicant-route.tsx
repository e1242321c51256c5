export { SupplicantPage as Component } from '../../features/pair/supplicant-page';
