// The part of core/contentUpdate's face loaded on demand (after the first paint), kept out of the
// start-up bundle: the UI reaches it with import('…/core/contentUpdate/lazy').
export {
  completeStartupPack,
  resolveStartupPack,
  withRollbackCheck,
  type StartupChoice,
  type StartupPack,
} from './startupPack';
