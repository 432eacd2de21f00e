// The public face of search normalisation: one analyser for indexing and querying (analyzer.ts, with
// its scanner in tokenScanner.ts). Kept under this name because the pack compiler and its tests use it.

export { analyse, foldText, stemTerm, stemTerm as lightStem, tokenSpans } from './analyzer';
