export { ConnectAnotherDevicePage as Component } from '../../features/signin/connect-another-device-page';
