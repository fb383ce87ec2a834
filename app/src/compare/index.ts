/** Compare two dates: the sidebar's Compare tab, the map's two colours, an event's before and after. */
export { ComparePanel } from './ComparePanel';
export { CompareController } from './CompareController';
export { EventSection } from './EventSection';
export { compareOf } from './store';
export { datedWords } from './words';
