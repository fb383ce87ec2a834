/** Clusters & gaps for the explorer's sidebar (mounted by App.tsx). */
export { AnalysisPanels, type AnalysisPanelsProps } from './AnalysisPanels';
export { clusterColours, type ClusterColours } from './clusterColours';
