export { HistorySection, noteLatestChange } from './HistorySection';
export { StillTrue } from './StillTrue';
