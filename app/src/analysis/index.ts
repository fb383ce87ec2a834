/** Clusters & gaps for the explorer's sidebar (its "Clusters & gaps" tab, views/AtlasSidebar.tsx), from the map's one analysis. */
export { AnalysisPanels, type AnalysisPanelsProps } from './AnalysisPanels';
export { createAnalysisStore, type AnalysisState, type AnalysisStore } from './analysisStore';
