/**
 * The map management dialogs, held where they outlive the menu that opened them: a new map,
 * rename and describe, duplicate, delete; and archiving, which needs no dialog.
 */
import { useState, type ReactNode } from 'react';
import { AtlasError, updateMap, type MapFigures, type MapRecord } from '../core/api';
import { mapHref } from '../core/route';
import { navigate } from '../hooks/useAddress';
import { DeleteMapDialog } from './DeleteMapDialog';
import { MapFormDialog, type MapFormMode } from './MapFormDialog';

export type MapDialog = MapFormMode | { kind: 'delete'; map: MapRecord; figures?: MapFigures };

interface Handlers {
  /** A map's record changed (renamed, described, archived or unarchived). */
  onChanged: (map: MapRecord) => void;
  /** A map was deleted. */
  onDeleted: (map: MapRecord) => void;
}

export interface MapDialogs {
  show: (dialog: MapDialog) => void;
  /** Archives an open map or brings an archived one back; resolves to a sentence for the user. */
  toggleArchived: (map: MapRecord) => Promise<string>;
  element: ReactNode;
}

export function useMapDialogs({ onChanged, onDeleted }: Handlers): MapDialogs {
  const [dialog, setDialog] = useState<MapDialog | null>(null);
  const close = () => setDialog(null);

  // A new map or a duplicate opens at once: that is what its maker wants to see next.
  const done = (record: MapRecord) => {
    const kind = dialog?.kind;
    close();
    if (kind === 'edit') onChanged(record);
    else navigate(mapHref(record.id));
  };

  let element: ReactNode = null;
  if (dialog?.kind === 'delete') {
    const { map } = dialog;
    element = (
      <DeleteMapDialog
        map={map}
        figures={dialog.figures}
        onClose={close}
        onDeleted={() => {
          close();
          onDeleted(map);
        }}
      />
    );
  } else if (dialog) element = <MapFormDialog mode={dialog} onDone={done} onClose={close} />;

  const toggleArchived = async (map: MapRecord): Promise<string> => {
    try {
      const record = await updateMap(map.id, map.version, { archived: !map.archived });
      onChanged(record);
      return record.archived ? `“${record.title}” is archived: it can be read but not changed.` : `“${record.title}” is open for changes again.`;
    } catch (e) {
      return e instanceof AtlasError ? `${e.message} ${e.hint}` : (e as Error).message;
    }
  };

  return { show: setDialog, toggleArchived, element };
}
