// The face of core/screening: what the UI and the other features may use. Everything else is internal.
export { type IndicatorSet, indicatorSetsFor } from './indicatorSets';
export { listsUsed, type ListUsed } from './listsUsed';
export {
  type Answer,
  type Mark,
  MARKS,
  newScreening,
  NOTE_MAX_LENGTH,
  type Screening,
  type ScreeningAudience,
  setAnswer,
} from './screening';
export {
  type DimensionResult,
  type Reading,
  type ScreeningSummary,
  summariseScreening,
} from './summariseScreening';
