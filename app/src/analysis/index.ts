/** Clusters & gaps for the explorer's sidebar (its "Clusters & gaps" tab, views/AtlasSidebar.tsx). */
export { AnalysisPanels, type AnalysisPanelsProps } from './AnalysisPanels';
export { clusterColours, type ClusterColours } from './clusterColours';
