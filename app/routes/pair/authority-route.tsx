export { AuthorityPage as Component } from '../../features/pair/authority-page';
