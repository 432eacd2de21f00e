import type { DocumentKind } from '../../renderer/core/content/types';
import { kindNamed } from '../../renderer/core/search/queryParser';

/** --kind accepts the pack's kinds and the words a query uses for them (`loi`, `indicateur`, `acteur`…). */
export const parseKind = (value: string): DocumentKind | undefined => kindNamed(value);
