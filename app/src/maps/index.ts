export { CopyToMap } from './CopyToMap';
export { HomePage } from './HomePage';
export { MapSwitcher } from './MapSwitcher';
