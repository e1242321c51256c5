export { PairIndexPage as Component } from '../../features/pair/pair-index-page';
