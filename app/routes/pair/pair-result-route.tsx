export { PairResultPage as Component } from '../../features/pair/pair-result-page';
