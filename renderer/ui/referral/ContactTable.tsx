import { type Contact, formatPhone } from '../../core/directory';
import { useT } from '../i18n/useT';

interface Props {
  contacts: Contact[];
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
}

export function ContactTable({ contacts, onEdit, onDelete }: Props) {
  const { t } = useT();
  return (
    // The wrapper scrolls a wide table on its own, so the page never scrolls sideways at 150% zoom.
    <div className="table-scroll">
      <table className="contact-table">
        <caption className="visually-hidden">
          {t('directory.table.caption', { count: contacts.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.field.name')}</th>
            <th scope="col">{t('directory.field.organisation')}</th>
            <th scope="col">{t('directory.table.place')}</th>
            <th scope="col">{t('directory.field.phone')}</th>
            <th scope="col">{t('directory.field.notes')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('directory.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.name}
                {c.role && <span className="contact-role">{c.role}</span>}
              </th>
              <td>{c.organisation}</td>
              <td>{[c.province, c.territory].filter(Boolean).join(' — ')}</td>
              <td className="phone">
                <a href={`tel:${c.phone}`}>{formatPhone(c.phone)}</a>
                {c.phone2 && <a href={`tel:${c.phone2}`}>{formatPhone(c.phone2)}</a>}
                {c.email && <span className="contact-email">{c.email}</span>}
              </td>
              <td className="notes">{c.notes}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onEdit(c)}
                  aria-label={t('directory.table.editLabel', { name: c.name })}
                >
                  {t('directory.table.edit')}
                </button>
                <button
                  type="button"
                  className="secondary danger"
                  onClick={() => onDelete(c)}
                  aria-label={t('directory.table.deleteLabel', { name: c.name })}
                >
                  {t('directory.table.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
