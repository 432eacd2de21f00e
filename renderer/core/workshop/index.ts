// The face of core/workshop (issue 20): the jurists' workshop. What the UI and the other features may use.
// Publishing (wip-wcore): the passphrase-protected publisher key, signed full and delta updates.
export { openPublisherKey, type OpenKeyOptions } from './openPublisherKey';
export { KEY_FILE_EXTENSION, sealPublisherKey } from './publisherKeyFile';
export type { PublisherSigner } from './publisherSigner';
export { publishPack, type PublishInput, type Published, type PublishSummary } from './publishPack';
export { isWorkshopError, WorkshopError, type WorkshopErrorCode } from './workshopError';
