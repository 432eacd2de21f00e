import type { ContentDocument, Lang, LoadedPack } from '../../core/content';
import { libraryHref, neighbours } from '../../core/library';
import { useT } from '../i18n/useT';
import { ContentLanguageSwitch } from './ContentLanguageSwitch';
import { documentShortName, documentTitle } from './documentLabels';
import { TextSizeControl } from './TextSizeControl';

interface ReaderToolbarProps {
  doc: ContentDocument;
  pack: LoadedPack;
  current: string | undefined;
  contentLang: Lang;
  onContentLang: (lang: Lang) => void;
  textScaleIndex: number;
  onTextScale: (index: number) => void;
  onPrint: () => void;
}

/** Stays at the top while reading: previous / next article, text language, text size, print. */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { t } = useT();
  const { doc, pack, current } = props;
  const near = neighbours(doc, current);
  const previous = near.previous ? pack.entriesById.get(near.previous) : undefined;
  const next = near.next ? pack.entriesById.get(near.next) : undefined;
  return (
    <div className="reader-toolbar">
      {/* The document's short name stays in view once its title has scrolled away. */}
      <strong className="reader-doc-name" title={documentTitle(doc, props.contentLang).text}>
        {documentShortName(doc, props.contentLang).text}
      </strong>
      <div className="reader-steps">
        {previous ? (
          <a className="step-link" href={libraryHref(doc.id, previous.id)} rel="prev">
            ← {t('library.reader.previous')}
            <span className="visually-hidden"> : {previous.heading}</span>
          </a>
        ) : (
          <span className="step-link is-disabled" aria-hidden="true">
            ← {t('library.reader.previous')}
          </span>
        )}
        {next ? (
          <a className="step-link" href={libraryHref(doc.id, next.id)} rel="next">
            {t('library.reader.next')} →<span className="visually-hidden"> : {next.heading}</span>
          </a>
        ) : (
          <span className="step-link is-disabled" aria-hidden="true">
            {t('library.reader.next')} →
          </span>
        )}
      </div>
      <ContentLanguageSwitch
        available={doc.languages}
        value={props.contentLang}
        onChange={props.onContentLang}
      />
      <TextSizeControl index={props.textScaleIndex} onChange={props.onTextScale} />
      <button type="button" className="secondary" onClick={props.onPrint}>
        {t('library.reader.print')}
      </button>
    </div>
  );
}
