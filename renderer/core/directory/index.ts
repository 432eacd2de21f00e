// The face of core/directory: what the UI and the other features may use. Everything else is internal.
export {
  type Contact,
  type ContactField,
  type ContactFields,
  EMAIL,
  FIELD_LIMITS,
  type FieldError,
  validateContactFields,
} from './contact';
export {
  type ImportError,
  MAX_CONTACTS,
  MAX_IMPORT_BYTES,
  parseDirectoryFile,
  serialiseDirectory,
} from './directoryFile';
export { type DirectoryStore, openDirectoryStore } from './directoryStore';
export { formatPhone, normalisePhone, type PhoneError } from './phone';
