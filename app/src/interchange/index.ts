/** Import and export in the app: the import dialog and the export menu for the header. */
export { ImportDialog } from './ImportDialog';
export { ExportMenu } from './ExportMenu';
