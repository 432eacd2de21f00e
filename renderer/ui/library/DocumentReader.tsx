import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import type { ContentDocument, Lang, LoadedPack } from '../../core/content';
import {
  formatDate,
  hasVersions,
  libraryHref,
  pickContentLanguage,
  type PrintScope,
  readingOrder,
} from '../../core/library';
import { SafeHtml } from '../components/SafeHtml';
import { useT } from '../i18n/useT';
import { ArticleView } from './ArticleView';
import { AsOfBar } from './AsOfBar';
import { DocumentHeader } from './DocumentHeader';
import { EditorialMark } from './EditorialMark';
import { Heading } from './Heading';
import { LANGUAGE_KEYS } from './documentLabels';
import { TEXT_SCALES } from './libraryPrefs';
import { PrintView } from './PrintView';
import { ReaderToolbar } from './ReaderToolbar';
import { TableOfContents } from './TableOfContents';
import { useBookmarks } from './useBookmarks';
import { useLibraryPrefs } from './useLibraryPrefs';
import { useProgressiveBodies } from './useProgressiveBodies';
import { useReadingAnchor } from './useReadingAnchor';
import { todayIso } from './todayIso';
import { useTargetFocus } from './useTargetFocus';

interface DocumentReaderProps {
  pack: LoadedPack;
  doc: ContentDocument;
  /** Full id of the entry named in the address, if it exists in this document. */
  targetId: string | undefined;
  /** The entry part of the address when it matched nothing (said, not silently dropped). */
  unknownEntry: string | undefined;
  /** The date chosen « En vigueur au… » (`?au=` in the address), or undefined for today. */
  asOf?: string | undefined;
}

export function DocumentReader({ pack, doc, targetId, unknownEntry, asOf }: DocumentReaderProps) {
  const { t, language } = useT();
  const [prefs, updatePrefs] = useLibraryPrefs();
  const [requestedLang, setRequestedLang] = useState<Lang | undefined>(undefined);
  const [printScope, setPrintScope] = useState<PrintScope | null>(null);
  const [printTarget, setPrintTarget] = useState<string | undefined>(undefined);
  const contentLang = pickContentLanguage(doc.languages, language, requestedLang);
  const switchContentLang = useReadingAnchor(contentLang, setRequestedLang);
  const order = useMemo(() => readingOrder(doc), [doc]);
  const rendered = useProgressiveBodies(doc.entryIds, targetId);
  const { ids: bookmarked } = useBookmarks();
  useTargetFocus(targetId, printScope === null);

  const openPrint = useCallback((entryId?: string) => {
    setPrintTarget(entryId);
    setPrintScope(entryId ? 'article' : 'document');
  }, []);
  const scale = TEXT_SCALES[prefs.textScaleIndex] ?? 1;
  const fallbackDoc = !doc.languages.includes(language) && contentLang === 'fr' && language !== 'fr';
  const [today] = useState(todayIso);
  const date = asOf ?? today;
  const versioned = useMemo(
    () =>
      doc.entryIds.some((id) => {
        const entry = pack.entriesById.get(id);
        return entry !== undefined && hasVersions(entry);
      }),
    [doc, pack],
  );
  const readAt = (next: string | undefined) => {
    window.location.hash = libraryHref(doc.id, targetId, next);
  };

  return (
    <section className="page reader" style={{ '--reader-scale': scale } as CSSProperties}>
      <p className="reader-back">
        <a href="#/bibliotheque">← {t('library.reader.backToLibrary')}</a>
      </p>
      <DocumentHeader doc={doc} pack={pack} lang={contentLang} />
      {unknownEntry && <p className="warning">{t('library.reader.entryNotFound', { id: unknownEntry })}</p>}
      {printScope !== null ? (
        <PrintView
          doc={doc}
          pack={pack}
          lang={contentLang}
          current={printTarget ?? targetId}
          date={date}
          initialScope={printScope}
          onClose={() => setPrintScope(null)}
        />
      ) : (
        <>
          <ReaderToolbar
            doc={doc}
            pack={pack}
            current={targetId}
            contentLang={contentLang}
            onContentLang={switchContentLang}
            textScaleIndex={prefs.textScaleIndex}
            onTextScale={(index) => updatePrefs({ textScaleIndex: index })}
            onPrint={() => openPrint()}
          />
          {(versioned || asOf) && <AsOfBar asOf={asOf} onChange={readAt} />}
          {asOf && !versioned && (
            <p className="fallback-note">
              {t('library.asOf.noVersions', { date: formatDate(asOf, language) })}
            </p>
          )}
          {fallbackDoc && (
            <p className="fallback-note">
              {t('library.reader.fallbackDocument', { lang: t(LANGUAGE_KEYS[language]) })}
            </p>
          )}
          <div className="reader-layout">
            <TableOfContents doc={doc} pack={pack} current={targetId} />
            <div className="reader-text">
              {order.map((item) => {
                if (item.type === 'heading') {
                  return (
                    <div
                      key={item.key}
                      className={item.editorial ? 'structure-heading is-editorial' : 'structure-heading'}
                    >
                      <Heading level={item.level + 2}>
                        <span lang="fr">{item.title}</span>
                        {item.editorial && <EditorialMark />}
                      </Heading>
                      {item.text && <SafeHtml markdown={item.text} lang="fr" className="prose" />}
                    </div>
                  );
                }
                const entry = pack.entriesById.get(item.id);
                if (!entry) return null;
                return (
                  <ArticleView
                    key={item.key}
                    entry={entry}
                    pack={pack}
                    level={item.level + 2}
                    lang={contentLang}
                    isTarget={item.id === targetId}
                    rendered={rendered.has(item.id)}
                    bookmarked={bookmarked.has(item.id)}
                    onPrint={openPrint}
                    date={date}
                  />
                );
              })}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
