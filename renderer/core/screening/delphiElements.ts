// The six elements of the trafficking definition used by the ILO/EC operational indicators (2009).
// An indicator set takes part in the combination reading only through dimension ids listed here,
// so a set such as the ILO's 11 forced-labour indicators (grouped differently) never feeds it by accident.

export type DelphiElement =
  | 'deceptive-recruitment'
  | 'coercive-recruitment'
  | 'vulnerability-recruitment'
  | 'exploitation'
  | 'coercion-destination'
  | 'vulnerability-destination';

export const RECRUITMENT_ELEMENTS = [
  'deceptive-recruitment',
  'coercive-recruitment',
  'vulnerability-recruitment',
] as const;
export const DESTINATION_ELEMENTS = ['coercion-destination', 'vulnerability-destination'] as const;
export type RecruitmentElement = (typeof RECRUITMENT_ELEMENTS)[number];

/** The content's dimension ids (front matter `dimensions:` of the delphi-* indicator sets). */
export const DELPHI_DIMENSION_IDS: Readonly<Record<string, DelphiElement>> = {
  'recrutement-trompeur': 'deceptive-recruitment',
  'recrutement-coercitif': 'coercive-recruitment',
  'recrutement-abus-vulnerabilite': 'vulnerability-recruitment',
  exploitation: 'exploitation',
  'coercition-destination': 'coercion-destination',
  'abus-vulnerabilite-destination': 'vulnerability-destination',
};

export function delphiElementOf(dimensionId: string | undefined): DelphiElement | undefined {
  return dimensionId === undefined ? undefined : DELPHI_DIMENSION_IDS[dimensionId];
}
