import { useMemo, useState } from 'react';
import { LIMITS } from '../../core/cases';
import { legalCitation } from '../../core/library';
import { useContent } from '../content/useContent';
import { useT } from '../i18n/useT';
import { articleMatches } from './articleMatches';
import type { SectionProps } from './CaseSection';
import { readScreening } from './screeningReading';

/** "Infractions envisagées": library articles linked to the case, each shown with its citation. */
export function QualificationSection({ open, bundle }: SectionProps) {
  const { t } = useT();
  const content = useContent();
  const [query, setQuery] = useState('');
  const pack = content.status === 'ready' ? content.pack : undefined;
  const chosen = bundle.file.infractions;
  const results = useMemo(() => (pack ? articleMatches(pack, query) : []), [pack, query]);
  const suggested = useMemo(() => {
    if (!pack) return [];
    const ids = bundle.screenings.flatMap((s) => readScreening(pack, s.value.screening)?.provisions ?? []);
    return [...new Set(ids)]
      .filter((id) => !chosen.includes(id) && pack.entriesById.get(id)?.kind === 'article')
      .slice(0, 8);
  }, [pack, bundle.screenings, chosen]);
  if (!pack) return <p className="loading">{t('content.loading')}</p>;

  const save = (infractions: string[]) =>
    void open.save({ action: 'qualification', file: { ...bundle.file, infractions } });
  const add = (id: string) =>
    !chosen.includes(id) && chosen.length < LIMITS.infractions && save([...chosen, id]);
  const citation = (id: string) => {
    const entry = pack.entriesById.get(id);
    return entry ? legalCitation(entry) : `${t('cases.qualification.missing')} (${id})`;
  };
  const candidate = (id: string) => (
    <li key={id}>
      <span>{citation(id)}</span>
      {!open.readOnly && (
        <button
          type="button"
          className="secondary"
          onClick={() => add(id)}
          disabled={chosen.includes(id)}
          aria-label={`${t('cases.qualification.add')} : ${citation(id)}`}
        >
          {t('cases.qualification.add')}
        </button>
      )}
    </li>
  );

  return (
    <>
      <p className="case-intro">{t('cases.qualification.intro')}</p>
      <h4>{t('cases.qualification.listLabel')}</h4>
      {chosen.length === 0 ? (
        <p>{t('cases.qualification.empty')}</p>
      ) : (
        <ul className="case-items case-infractions">
          {chosen.map((id) => {
            const entry = pack.entriesById.get(id);
            return (
              <li key={id}>
                <span>
                  <strong>{citation(id)}</strong>
                  {entry && <> — {entry.heading}</>}
                  {entry?.verification.status === 'a-verifier' && (
                    <em className="case-muted"> ({t('cases.qualification.toVerify')})</em>
                  )}
                  {entry && (
                    <>
                      {' '}
                      <a href={`#/doc/${entry.id}`}>{t('cases.qualification.open')}</a>
                    </>
                  )}
                </span>
                {!open.readOnly && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => save(chosen.filter((x) => x !== id))}
                    aria-label={`${t('cases.qualification.remove')} : ${citation(id)}`}
                  >
                    {t('cases.qualification.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {suggested.length > 0 && (
        <>
          <h4>{t('cases.qualification.suggested')}</h4>
          <ul className="case-items">{suggested.map(candidate)}</ul>
        </>
      )}
      <div className="case-field">
        <label htmlFor="qualification-search">{t('cases.qualification.search')}</label>
        <input
          autoComplete="off"
          id="qualification-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {query.trim() !== '' && (
        <>
          <h4>{t('cases.qualification.results')}</h4>
          {results.length === 0 ? (
            <p>{t('cases.qualification.noResult')}</p>
          ) : (
            <ul className="case-items">{results.map((e) => candidate(e.id))}</ul>
          )}
        </>
      )}
    </>
  );
}
