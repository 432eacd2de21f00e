import { CASE_STATUSES, type CaseFilter, type CaseStatus } from '../../core/cases';
import { useT } from '../i18n/useT';
import { DateInput } from '../components/DateInput';

type Filter = Omit<CaseFilter, 'matching'>;

export function CaseFilters(props: {
  filter: Filter;
  query: string;
  provinces: string[];
  onChange: (patch: Partial<Filter>) => void;
  onQuery: (q: string) => void;
  onReset: () => void;
}) {
  const { t } = useT();
  const { filter, onChange } = props;
  return (
    <fieldset className="case-filters">
      <legend>{t('cases.filter.legend')}</legend>
      <div className="case-filter-search">
        <label htmlFor="case-search">{t('cases.filter.search')}</label>
        <input
          autoComplete="off"
          id="case-search"
          type="search"
          value={props.query}
          onChange={(e) => props.onQuery(e.target.value)}
          aria-describedby="case-search-hint"
        />
        <p className="case-hint" id="case-search-hint">
          {t('cases.filter.searchHint')}
        </p>
      </div>
      <div className="case-filter-row">
        <label>
          {t('cases.filter.status')}
          <select
            value={filter.status}
            onChange={(e) => onChange({ status: e.target.value as CaseStatus | '' })}
          >
            <option value="">{t('cases.filter.allStatuses')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`cases.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.filter.province')}
          <select value={filter.province} onChange={(e) => onChange({ province: e.target.value })}>
            <option value="">{t('cases.filter.allProvinces')}</option>
            {props.provinces.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.filter.from')}
          <DateInput invalid="empty" value={filter.from} onChange={(v) => onChange({ from: v })} />
        </label>
        <label>
          {t('cases.filter.to')}
          <DateInput invalid="empty" value={filter.to} onChange={(v) => onChange({ to: v })} />
        </label>
        <label className="case-check">
          <input
            type="checkbox"
            checked={filter.followUpDue}
            onChange={(e) => onChange({ followUpDue: e.target.checked })}
          />
          {t('cases.filter.followUpDue')}
        </label>
        <button type="button" className="secondary" onClick={props.onReset}>
          {t('cases.filter.reset')}
        </button>
      </div>
    </fieldset>
  );
}
