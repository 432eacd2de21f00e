import { useState } from 'react';
import type { Item, Person } from '../../core/cases';
import { useT } from '../i18n/useT';
import type { SectionProps } from './CaseSection';
import { PersonForm } from './PersonForm';
import { personContactWays } from './personContactWays';
import { personLine } from './personLine';
import { DeletedItems } from './DeletedItems';
import { ItemTools } from './ItemTools';
import { KINDS } from '../../core/cases';

export function PersonsSection({ open, bundle }: SectionProps) {
  // A closed case reads only (issue 18): no add, edit or delete until it is reopened.
  const { t } = useT();
  const [editing, setEditing] = useState<Item<Person> | 'new' | null>(null);
  if (editing) {
    return (
      <PersonForm
        open={open}
        bundle={bundle}
        item={editing === 'new' ? undefined : editing}
        onDone={() => setEditing(null)}
      />
    );
  }
  return (
    <>
      <p className="case-intro">{t('cases.persons.intro')}</p>
      {bundle.persons.length === 0 ? (
        <p>{t('cases.persons.empty')}</p>
      ) : (
        <ul className="case-items">
          {bundle.persons.map((item) => (
            <li key={item.id}>
              <span>
                <strong>{item.value.code}</strong> · {t(`cases.role.${item.value.role}`)} ·{' '}
                {personLine(t, item.value)}
                {personContactWays(item.value).length > 0 && (
                  <span className="case-contact-ways">
                    {personContactWays(item.value).map((way) => (
                      <span key={way}>{way}</span>
                    ))}
                  </span>
                )}
                <ItemTools open={open} bundle={bundle} recordId={item.id} what={item.value.code} />
              </span>
              {!open.readOnly && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setEditing(item)}
                  aria-label={`${t('cases.persons.edit')} ${item.value.code}`}
                >
                  {t('cases.persons.edit')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!open.readOnly && (
        <button type="button" onClick={() => setEditing('new')}>
          {t('cases.persons.add')}
        </button>
      )}
      <DeletedItems open={open} bundle={bundle} kinds={[KINDS.person]} />
    </>
  );
}
