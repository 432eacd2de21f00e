import type { PackDiff } from '../../core/contentUpdate';
import { useT } from '../i18n/useT';
import { EntryChangeList } from './EntryChangeList';

export function PackDiffView({ diff }: { diff: PackDiff }) {
  const { t } = useT();
  const nothing = diff.added.length + diff.changed.length + diff.removed.length === 0;
  return (
    <div className="pack-diff">
      <h3>{t('content.update.previewTitle', { from: diff.fromVersion, to: diff.toVersion })}</h3>
      {nothing && <p>{t('content.update.noDocumentChange')}</p>}
      {diff.added.length > 0 && (
        <>
          <h4>{t('content.update.added', { count: diff.added.length })}</h4>
          <ul>
            {diff.added.map((d) => (
              <li key={d.id}>{d.title}</li>
            ))}
          </ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h4>{t('content.update.changed', { count: diff.changed.length })}</h4>
          <ul>
            {diff.changed.map((d) => (
              <li key={d.id}>
                {d.entriesAdded + d.entriesChanged + d.entriesRemoved === 0
                  ? t('content.update.documentOnly', { title: d.title })
                  : t('content.update.changeDetail', {
                      title: d.title,
                      added: d.entriesAdded,
                      changed: d.entriesChanged,
                      removed: d.entriesRemoved,
                    })}
                <EntryChangeList changes={d.entries} />
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h4>{t('content.update.removed', { count: diff.removed.length })}</h4>
          <ul>
            {diff.removed.map((d) => (
              <li key={d.id}>{d.title}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
