import { useState } from 'react';
import { editsFileBytes, type WorkshopEdit } from '../../core/workshop';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';

/** « Exporter pour les mainteneurs »: the edits as a JSON file for `npm run content:merge-edits`. */
export function ExportSection({
  edits,
  packVersion,
}: {
  edits: readonly WorkshopEdit[];
  packVersion: number;
}) {
  const { t } = useT();
  const platform = usePlatform();
  const [message, setMessage] = useState<{
    key: MessageKey;
    params?: Record<string, string | number>;
    tone: 'ok' | 'error';
  } | null>(null);
  const exportEdits = async () => {
    const stamp = new Date().toISOString();
    const name = `dalili-modifications-atelier-${stamp.slice(0, 10)}.json`;
    try {
      const result = await platform.saveFile(name, editsFileBytes(edits, { packVersion }, stamp), [
        { name: 'JSON', extensions: ['json'] },
      ]);
      setMessage(
        result.saved
          ? {
              key: 'workshop.export.saved',
              params: { count: edits.length, file: result.fileName },
              tone: 'ok',
            }
          : { key: 'workshop.export.cancelled', tone: 'error' },
      );
    } catch {
      setMessage({ key: 'workshop.export.failed', tone: 'error' });
    }
  };
  return (
    <section className="panel" aria-labelledby="workshop-export-title">
      <h3 id="workshop-export-title">{t('workshop.export.title')}</h3>
      <p className="help">{t('workshop.export.intro')}</p>
      <div className="actions">
        <button type="button" disabled={edits.length === 0} onClick={() => void exportEdits()}>
          {t('workshop.export.go')}
        </button>
      </div>
      <div aria-live="polite">
        {edits.length === 0 && <p>{t('workshop.publish.nothing')}</p>}
        {message && (
          <p
            className={message.tone === 'ok' ? 'success-message' : 'error-message'}
            role={message.tone === 'ok' ? 'status' : 'alert'}
          >
            {t(message.key, message.params)}
          </p>
        )}
      </div>
    </section>
  );
}
