// The face of core/statistics (issue 21, point 2): counts, anonymised figures, export files, export journal.
export { ageGroupOf, type AgeGroupName } from './ageGroupOf';
export {
  anonymisedFigures,
  type AnonymisedFigures,
  cellHtcdsValue,
  type ExportCell,
  monthCells,
  NOT_FILLED_VALUE,
  type PublishedMonths,
  SUPPRESSION_THRESHOLD,
  type Suppression,
} from './anonymise';
export { collectStatCases, type CollectedCases } from './collectStatCases';
export { computeStatistics, type Statistics, type StatRow, type StatTable } from './computeStatistics';
export { DIMENSION_LIST, DIMENSIONS, type Dimension, NOT_FILLED, type Unit, UNITS } from './dimensions';
export { EXPORT_COLUMNS, exportCsv, exportJson, HTCDS_SOURCE } from './exportFiles';
export {
  EXPORT_JOURNAL_KIND,
  type ExportEntry,
  type ExportFormat,
  type ExportJournal,
  journalExport,
  type PendingExport,
  readExportJournal,
  settleExport,
} from './exportJournal';
export { figureTable, type FigureRow } from './figureTable';
export { HTCDS_FIELD, htcdsValue } from './htcdsFields';
export { isMonth, monthsBetween, quarterOf } from './months';
export { statCaseOf, type StatCase, type StatPerson, type StatReferral } from './statCase';
