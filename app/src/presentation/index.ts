export { ViewsPanel } from './ViewsPanel';
export { PresentationBar } from './PresentationBar';
export { ShareButton } from './ShareButton';
export { OpenInAtlas, isEmbed } from './EmbedView';
