export { PictureDialog, type PictureFormat } from './PictureDialog';
