// The face of core/platform: what the UI and the other features may use. Everything else is internal.
export type { AppInfo, ChunkReader, ChunkWriter, FileFilter, Platform } from './platform';
