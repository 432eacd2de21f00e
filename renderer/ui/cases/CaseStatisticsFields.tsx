import type { CaseDraft } from '../../core/cases';
import { EXPLOITATION_FORMS, SITE_TYPES } from '../../core/vocabulary';
import { VOCABULARY_LABELS } from '../i18n/vocabularyLabels';
import { useT } from '../i18n/useT';
import { CheckList } from './CheckList';
import { VocabularySelect } from './VocabularySelect';

/** Site type and forms of exploitation of a case (issue 21): optional, what the statistics count. */
export function CaseStatisticsFields({
  draft,
  onChange: set,
}: {
  draft: CaseDraft;
  onChange: (patch: Partial<CaseDraft>) => void;
}) {
  const { t } = useT();
  return (
    <fieldset className="case-fieldset">
      <legend>{t('cases.stats.fields')}</legend>
      <p className="case-hint">{t('cases.stats.fieldsHint')}</p>
      <VocabularySelect
        id="case-site-type"
        label={t('cases.stats.siteType')}
        values={SITE_TYPES}
        labels={VOCABULARY_LABELS.siteType}
        value={draft.siteType ?? ''}
        onChange={(siteType) => set({ siteType })}
      />
      <CheckList
        id="case-exploitation"
        legend={t('cases.stats.exploitation')}
        options={EXPLOITATION_FORMS.map((f) => ({ value: f, label: t(VOCABULARY_LABELS.exploitation[f]) }))}
        selected={draft.exploitation ?? []}
        onChange={(exploitation) => set({ exploitation })}
      />
    </fieldset>
  );
}
