// The face of core/workshop: what the UI and the other features may use. Everything else is internal.

// Workshop edits (issue 20, points 3 and 4: the screen's model, the encrypted store, the maintainers' file).
export { cleanPastedText, type CleanedText, type CleaningChange, type CleaningKind } from './cleanPastedText';
export {
  distinctPublishers,
  findRawHtml,
  isValidIsoDate,
  type LevelShortfall,
  levelShortfall,
  type OfficialField,
  type OfficialInput,
  type OfficialProblem,
  type OfficialProblemCode,
  officialProblems,
} from './entryRules';
