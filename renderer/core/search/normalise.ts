// The public face of search normalisation: one analyser for indexing and querying (analyzer.ts, with
// its scanner in tokenScanner.ts). Kept under this name because the pack compiler and its tests use it.

export { analyse, analyseToken, foldText, stemTerm, stemTerm as lightStem, tokenSpans } from './analyzer';

/** Typographic apostrophes and look-alikes become '. The analyser needs none of this (apostrophes are word breaks); kept for callers that display or compare raw text. */
export const normaliseApostrophes = (text: string): string => text.replace(/[’‘ʼ´`]/g, "'");
