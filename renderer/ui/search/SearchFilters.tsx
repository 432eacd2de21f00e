import { DOC_KINDS, JURISDICTIONS, LANGUAGES } from '../../core/vocabulary';
import type { SearchFilters as Filters } from '../../core/search';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { VOCABULARY_LABELS as LABELS } from '../i18n/vocabularyLabels';
import { filterOptions } from './filterOptions';

/** Three labelled selects: ordinary form controls, reachable with Tab and read by every screen reader. */
export function SearchFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useT();
  const set = <K extends keyof Filters>(key: K, v: string) => {
    const next = { ...value };
    if (v) next[key] = v as Filters[K];
    else delete next[key];
    onChange(next);
  };
  const select = (
    key: keyof Filters,
    label: MessageKey,
    all: MessageKey,
    options: { value: string; label: MessageKey }[],
  ) => (
    <label className="search-filter">
      <span>{t(label)}</span>
      <select value={value[key] ?? ''} onChange={(e) => set(key, e.target.value)} data-filter={key}>
        <option value="">{t(all)}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {t(o.label)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">{t('search.filters')}</legend>
      {select(
        'kind',
        'search.filter.kind',
        'search.filter.kind.all',
        filterOptions(DOC_KINDS, LABELS.docKindFilter),
      )}
      {select(
        'jurisdiction',
        'search.filter.jurisdiction',
        'search.filter.jurisdiction.all',
        filterOptions(JURISDICTIONS, LABELS.jurisdictionFilter),
      )}
      {select(
        'lang',
        'search.filter.lang',
        'search.filter.lang.all',
        filterOptions(LANGUAGES, LABELS.languageFilter),
      )}
      {Object.keys(value).length > 0 && (
        <button type="button" className="secondary" onClick={() => onChange({})}>
          {t('search.filter.reset')}
        </button>
      )}
    </fieldset>
  );
}
