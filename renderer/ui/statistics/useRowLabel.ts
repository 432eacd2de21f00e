import type { Dimension, StatRow } from '../../core/statistics';
import { NOT_FILLED } from '../../core/statistics';
import { useContent } from '../content/useContent';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { VOCABULARY_LABELS } from '../i18n/vocabularyLabels';

/** Where each closed-list breakdown takes its value labels (the case form's words). */
const LABELS: Partial<Record<Dimension, Readonly<Record<string, MessageKey>>>> = {
  siteType: VOCABULARY_LABELS.siteType,
  exploitation: VOCABULARY_LABELS.exploitation,
  nationality: VOCABULARY_LABELS.nationalityCode,
  serviceType: VOCABULARY_LABELS.serviceType,
  outcome: VOCABULARY_LABELS.referralOutcome,
  status: VOCABULARY_LABELS.caseStatus,
  ageGroup: {
    '0-11': 'cases.ageGroup.0-11',
    '12-14': 'cases.ageGroup.12-14',
    '15-17': 'cases.ageGroup.15-17',
    '18-24': 'cases.ageGroup.18-24',
    '25-59': 'cases.ageGroup.25-59',
    '60+': 'cases.ageGroup.60+',
  },
  sex: { f: 'cases.sex.f', m: 'cases.sex.m' },
};

/** The words a row of a statistics table is shown with, in the interface language. */
export function useRowLabel(): (dimension: Dimension, row: Pick<StatRow, 'key' | 'label'>) => string {
  const { t, language } = useT();
  const content = useContent();
  return (dimension, { key, label }) => {
    if (key === NOT_FILLED)
      return dimension === 'indicator' ? t('statistics.noIndicator') : t('statistics.notFilled');
    if (label !== undefined) return label;
    const labelKey = LABELS[dimension]?.[key];
    if (labelKey) return t(labelKey);
    if (dimension !== 'indicator' || content.status !== 'ready') return key;
    // An indicator is a library entry: its heading, in the interface language where written.
    const entry = content.pack.entriesById.get(key);
    if (!entry) return key;
    return (language === 'fr' ? undefined : entry.headingTranslations?.[language]) ?? entry.heading;
  };
}
