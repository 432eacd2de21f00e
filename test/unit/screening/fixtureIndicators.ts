import type { Audience, Entry, Strength } from '../../../renderer/core/content/types';

// Invented indicators, one per line: dimension, strength, audience. They exercise the rule, not the content.
export function indicator(
  id: string,
  dimension: string,
  strength: Strength,
  audience: Audience = 'both',
  extra: Partial<Entry> = {},
): Entry {
  return {
    id: `fixture/${id}`,
    docId: 'fixture',
    kind: 'indicator',
    heading: id,
    citation: `Fixture, ${id}`,
    text: { fr: id },
    path: [],
    nature: 'resume',
    verification: { status: 'a-verifier', note: 'fixture' },
    sources: [],
    related: [],
    tags: [],
    dimension,
    strength,
    audience,
    ...extra,
  };
}

export const FIXTURE_INDICATORS: Entry[] = [
  indicator('tromperie-emploi', 'recrutement-trompeur', 'strong', 'both', {
    provisions: ['loi/art-1'],
    referral: ['guide/identification'],
  }),
  indicator('tromperie-salaire', 'recrutement-trompeur', 'medium', 'both', {
    provisions: ['loi/art-1', 'loi/art-2'],
  }),
  indicator('violence-recrutement', 'recrutement-coercitif', 'strong'),
  indicator('enlevement', 'recrutement-coercitif', 'medium'),
  indicator('besoin-economique', 'recrutement-abus-vulnerabilite', 'medium'),
  indicator('situation-familiale', 'recrutement-abus-vulnerabilite', 'medium'),
  indicator('contexte-general', 'recrutement-abus-vulnerabilite', 'weak'),
  indicator('horaires-excessifs', 'exploitation', 'strong', 'both', {
    provisions: ['loi/art-3'],
    referral: ['guide/police'],
  }),
  indicator('salaire-nul', 'exploitation', 'medium', 'both', {
    referral: ['guide/police', 'guide/services'],
  }),
  indicator('pas-ecole', 'exploitation', 'medium', 'child'),
  indicator('documents-confisques', 'coercition-destination', 'strong'),
  indicator('dette', 'coercition-destination', 'strong'),
  indicator('dependance', 'abus-vulnerabilite-destination', 'medium'),
  indicator('langue', 'abus-vulnerabilite-destination', 'medium'),
  indicator('passe-difficile', 'abus-vulnerabilite-destination', 'weak'),
  indicator('securite-sociale', 'exploitation', 'medium', 'adult'),
];
