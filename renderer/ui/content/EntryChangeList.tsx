import type { EntryChange } from '../../core/contentUpdate';
import { useT } from '../i18n/useT';

/** What an update changes in one document, entry by entry (issue 20): the import screen's detail. */
export function EntryChangeList({ changes }: { changes: readonly EntryChange[] }) {
  const { t } = useT();
  if (changes.length === 0) return null;
  const fields = (change: EntryChange): string =>
    change.fields
      .map((field) =>
        field === 'level' && change.level
          ? t('content.update.field.level', {
              from: t(`library.verification.${change.level.from}`),
              to: t(`library.verification.${change.level.to}`),
            })
          : t(`content.update.field.${field}`),
      )
      .join(', ');
  return (
    <ul className="entry-changes">
      {changes.map((change) => (
        <li key={change.id} data-change={change.change}>
          {change.change === 'added'
            ? t('content.update.entryAdded', { label: change.label })
            : change.change === 'removed'
              ? t('content.update.entryRemoved', { label: change.label })
              : t('content.update.entryChanged', { label: change.label, fields: fields(change) })}
        </li>
      ))}
    </ul>
  );
}
