import { useMemo, useState } from 'react';
import {
  type CaseFilter,
  filterCases,
  isFollowUpDue,
  NO_FILTER,
  type NotebookData,
  todayIso,
} from '../../core/cases';
import { useT } from '../i18n/useT';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { NotebookRegisterNotice } from './NotebookRegisterNotice';

const PAGE = 100;

/** The list: filters and search over the in-memory list and index, rows rendered 100 at a time. */
export function CaseList({
  data,
  version,
  onOpen,
  onNew,
}: {
  data: NotebookData;
  version: number;
  onOpen: (caseId: string) => void;
  onNew: () => void;
}) {
  const { t } = useT();
  const [filter, setFilter] = useState<Omit<CaseFilter, 'matching'>>(NO_FILTER);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const today = todayIso();
  const all = useMemo(() => [...data.cases.values()], [data, version]); // eslint-disable-line react-hooks/exhaustive-deps -- version marks an in-place update
  const provinces = useMemo(
    () => [...new Set(all.map((c) => c.province).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'fr')),
    [all],
  );
  const shown = useMemo(
    () => filterCases(all, { ...filter, matching: data.index.search(query) }, today),
    [all, filter, query, data.index, today],
  );
  const due = useMemo(() => all.filter((c) => isFollowUpDue(c.followUpOn, today)).length, [all, today]);
  const update = (patch: Partial<CaseFilter>) => {
    setFilter({ ...filter, ...patch });
    setLimit(PAGE);
  };

  return (
    <div className="case-list">
      <div className="case-toolbar">
        <button type="button" onClick={onNew}>
          {t('cases.list.new')}
        </button>
        {due > 0 && !filter.followUpDue && (
          <p className="warning case-due">
            {t('cases.list.due', { count: due })}{' '}
            <button type="button" className="secondary" onClick={() => update({ followUpDue: true })}>
              {t('cases.list.showDue')}
            </button>
          </p>
        )}
      </div>
      <NotebookRegisterNotice register={data.register} />
      {data.damaged > 0 && <p className="warning">{t('cases.list.damaged', { count: data.damaged })}</p>}
      {data.newer > 0 && <p className="warning">{t('cases.list.newer', { count: data.newer })}</p>}
      {all.length === 0 ? (
        <p>{t('cases.list.empty')}</p>
      ) : (
        <>
          <CaseFilters
            filter={filter}
            query={query}
            provinces={provinces}
            onChange={update}
            onQuery={(q) => (setQuery(q), setLimit(PAGE))}
            onReset={() => (setFilter(NO_FILTER), setQuery(''))}
          />
          <p role="status" className="case-count">
            {t('cases.list.count', { shown: shown.length, total: all.length })}
          </p>
          {shown.length === 0 ? (
            <p>{t('cases.list.noMatch')}</p>
          ) : (
            <CaseTable cases={shown.slice(0, limit)} today={today} onOpen={onOpen} />
          )}
          {shown.length > limit && (
            <button type="button" className="secondary" onClick={() => setLimit(limit + PAGE)}>
              {t('cases.list.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
