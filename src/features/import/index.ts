export { ImportProvider, useImport } from './ImportProvider';
export { ImportStatus } from './ImportStatus';
export { GlobalDropZone } from './GlobalDropZone';
export { ReviewDialog } from './ReviewDialog';
export { ImportPage } from './ImportPage';
export { Welcome } from './Welcome';
export { SampleDataNotice } from './SampleDataNotice';
