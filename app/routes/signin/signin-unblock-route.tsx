export { UnblockPage as Component } from '../../features/signin/unblock-page';
