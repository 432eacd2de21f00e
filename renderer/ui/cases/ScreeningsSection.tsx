import { useState } from 'react';
import { useContent } from '../content/useContent';
import { formatDate } from '../i18n/formatDate';
import { useT } from '../i18n/useT';
import { readingTitle } from '../indicators/readingMessages';
import type { SectionProps } from './CaseSection';
import { NewScreening } from './NewScreening';
import { ScreeningDetails } from './ScreeningDetails';
import { readScreening } from './screeningReading';
import { DeletedItems } from './DeletedItems';
import { ItemTools } from './ItemTools';
import { type CaseScreening, type Item, KINDS } from '../../core/cases';

/** Screenings saved with the case: who, when, by whom, and the reading they gave. */
export function ScreeningsSection({ open, bundle }: SectionProps) {
  const { t, language } = useT();
  const content = useContent();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Item<CaseScreening> | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  if (content.status !== 'ready') return <p className="loading">{t('content.loading')}</p>;
  const { pack } = content;
  if (adding) return <NewScreening pack={pack} open={open} bundle={bundle} onDone={() => setAdding(false)} />;
  if (editing)
    return (
      <NewScreening pack={pack} open={open} bundle={bundle} item={editing} onDone={() => setEditing(null)} />
    );
  const codeOf = (personId: string) => bundle.persons.find((p) => p.id === personId)?.value.code ?? '?';
  return (
    <>
      <p className="case-intro">{t('cases.screenings.intro')}</p>
      {bundle.screenings.length === 0 ? (
        <p>{t('cases.screenings.empty')}</p>
      ) : (
        <ul className="case-items">
          {bundle.screenings.map((item) => {
            const { id, value } = item;
            const summary = readScreening(pack, value.screening);
            return (
              <li key={id}>
                <span>
                  <strong>
                    {t('cases.screenings.item', {
                      person: codeOf(value.personId),
                      date: formatDate(language, value.date),
                      interviewer: value.interviewer,
                    })}
                  </strong>
                  {summary && (
                    <>
                      <br />
                      {t(readingTitle(summary.reading))} ·{' '}
                      {t('cases.screenings.present', { count: summary.presentIndicators.length })}
                    </>
                  )}
                  {shown === id && <ScreeningDetails pack={pack} value={value} />}
                  <ItemTools
                    open={open}
                    bundle={bundle}
                    recordId={id}
                    what={t('cases.screenings.item', {
                      person: codeOf(value.personId),
                      date: formatDate(language, value.date),
                      interviewer: value.interviewer,
                    })}
                  >
                    {!open.readOnly && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setEditing(item)}
                        aria-label={`${t('cases.screenings.edit')} : ${t('cases.screenings.item', {
                          person: codeOf(value.personId),
                          date: formatDate(language, value.date),
                          interviewer: value.interviewer,
                        })}`}
                      >
                        {t('cases.screenings.edit')}
                      </button>
                    )}
                  </ItemTools>
                </span>
                <button
                  type="button"
                  className="secondary"
                  aria-expanded={shown === id}
                  onClick={() => setShown(shown === id ? null : id)}
                >
                  {shown === id ? t('cases.screenings.hide') : t('cases.screenings.show')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {open.readOnly ? null : bundle.persons.length === 0 ? (
        <p className="warning">{t('cases.screenings.needPerson')}</p>
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('cases.screenings.add')}
        </button>
      )}
      <DeletedItems open={open} bundle={bundle} kinds={[KINDS.screening]} />
    </>
  );
}
