import type { DocumentKind } from '../../renderer/core/content/types';

const KINDS: Record<string, DocumentKind> = {
  law: 'law', loi: 'law', indicators: 'indicators', indicator: 'indicators', indicateur: 'indicators',
  guideline: 'guideline', orientation: 'guideline', directory: 'directory', acteur: 'directory',
};

/** --kind accepts the pack's kinds and their French names. */
export const parseKind = (value: string): DocumentKind | undefined => KINDS[value.toLowerCase()];
