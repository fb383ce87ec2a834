/** A change in the words the history panel shows: the model's wording, seen from the node whose panel it is. */
import { changeHeadline, changeSentence, fieldLines, whenWords } from '../../../graph-service/src/model/history';
import type { Change } from '../core/api';

export { changeSentence, fieldLines, whenWords };

export function headline(change: Change, nodeId?: string): string {
  return changeHeadline(change, nodeId);
}

/** What a revert will do, said before it is done. */
export function revertWarning(change: Change, nodeId?: string): string {
  const what = changeSentence(change, nodeId);
  if (change.action === 'merge') return `This separates the two organisations again, with the ties each had before: ${what}.`;
  if (change.before === null) return `This removes what the change made: ${what}.`;
  if (change.after === null) return `This brings back what was deleted, with its ties: ${what}.`;
  return `This puts back the values from before: ${what}. The revert is itself recorded, so it shows in the history.`;
}
