import { useEffect, useId, useRef, useState } from 'react';
import type { ContentDocument, Lang, LoadedPack } from '../../core/content';
import { printFileName, printSelection, type PrintScope } from '../../core/library';
import { useT } from '../i18n/useT';
import { usePlatform } from '../shell/usePlatform';
import { PrintSheet } from './PrintSheet';
import { WorksheetSheet } from './WorksheetSheet';
import { useAnnounce } from './useAnnounce';

interface PrintViewProps {
  doc: ContentDocument;
  pack: LoadedPack;
  lang: Lang;
  current: string | undefined;
  /** The day the texts are read at (ISO): the printed versions are those in force then. */
  date: string;
  initialScope: PrintScope;
  onClose: () => void;
}

/** Choose what to print, see it as it will be printed, then print or save as PDF through the host. */
export function PrintView({ doc, pack, lang, current, date, initialScope, onClose }: PrintViewProps) {
  const { t } = useT();
  const platform = usePlatform();
  const announce = useAnnounce();
  const name = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [scope, setScope] = useState<PrintScope>(initialScope);
  const [format, setFormat] = useState<'text' | 'worksheet'>('text');
  const formatName = useId();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(current ? [current] : []));
  const ids = printSelection(doc, scope, current, chosen);
  const currentEntry = current ? pack.entriesById.get(current) : undefined;
  // The button that opened this view is gone: focus moves to the view's heading.
  useEffect(() => heading.current?.focus(), []);

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const print = async () => {
    try {
      const file = printFileName(doc, scope, ids);
      const result = await platform.printToPdf(
        format === 'worksheet' ? file.replace(/\.pdf$/, '-fiche-verification.pdf') : file,
      );
      if (result.saved === 'unknown') announce(t('library.print.sent'));
      else if (result.saved) announce(t('library.print.saved', { file: result.fileName }));
      else announce(t('library.print.cancelled'));
    } catch {
      announce(t('library.print.failed'), 'error');
    }
  };

  const scopes: [PrintScope, string][] = [
    [
      'article',
      currentEntry
        ? t('library.print.scope.article', { label: currentEntry.heading })
        : t('library.print.scope.noArticle'),
    ],
    ['selection', t('library.print.scope.selection')],
    ['document', t('library.print.scope.document', { count: doc.entryIds.length })],
  ];

  return (
    <div className="print-view">
      <div className="print-controls">
        <h2 ref={heading} tabIndex={-1}>
          {t('library.print.title')}
        </h2>
        <fieldset className="print-scope">
          <legend>{t('library.print.scope')}</legend>
          {scopes.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name={name}
                value={value}
                checked={scope === value}
                disabled={value === 'article' && !currentEntry}
                onChange={() => setScope(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset className="print-format">
          <legend>{t('library.print.format')}</legend>
          {(['text', 'worksheet'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={formatName}
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
              />
              {t(`library.print.format.${value}`)}
            </label>
          ))}
        </fieldset>
        {scope === 'selection' && (
          <fieldset className="print-choice">
            <legend>{t('library.print.choose')}</legend>
            <div className="print-choice-tools">
              <button
                type="button"
                className="secondary small"
                onClick={() => setChosen(new Set(doc.entryIds))}
              >
                {t('library.print.selectAll')}
              </button>
              <button type="button" className="secondary small" onClick={() => setChosen(new Set())}>
                {t('library.print.selectNone')}
              </button>
            </div>
            <div className="print-choice-list">
              {doc.entryIds.map((id) => (
                <label key={id} lang="fr">
                  <input type="checkbox" checked={chosen.has(id)} onChange={() => toggle(id)} />
                  {pack.entriesById.get(id)?.heading ?? id}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <div className="print-buttons">
          <button type="button" disabled={ids.length === 0} onClick={() => void print()}>
            {t('library.print.go')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('library.print.close')}
          </button>
        </div>
        {ids.length === 0 && <p role="status">{t('library.print.nothing')}</p>}
        <p className="print-preview-label">{t('library.print.preview')}</p>
      </div>
      {format === 'text' ? (
        <PrintSheet doc={doc} pack={pack} lang={lang} entryIds={ids} date={date} />
      ) : (
        <WorksheetSheet doc={doc} pack={pack} entryIds={ids} />
      )}
    </div>
  );
}
