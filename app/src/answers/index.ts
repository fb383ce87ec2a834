/** The node panel's answers (an organisation's, an event's) and the "n selected" panel with its multi-selection. */
export { AddToSelection } from './AddToSelection';
export { addsToSelection, multiSelectionOf, type MultiSelection } from './multiSelection';
export { NodeAnswers } from './NodeAnswers';
export { SelectionPanel } from './SelectionPanel';
