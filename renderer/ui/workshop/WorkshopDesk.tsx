import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { LoadedPack } from '../../core/content';
import {
  applyEdits,
  documentFingerprint,
  type EditsStore,
  editKey,
  type EntryEdit,
  entryFingerprint,
  type HeadingEdit,
  headingTrail,
  worksheetPosition,
} from '../../core/workshop';
import { worksheetEntries } from '../../core/library';
import type { MessageKey } from '../i18n/catalog';
import { useT } from '../i18n/useT';
import { EntryEditor } from './EntryEditor';
import { HeadingMarks } from './HeadingMarks';
import { type EntryFilter, EntryList } from './EntryList';

const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The open workshop: the list, the entry side by side, undo/redo, and (below) publish and export. */
export function WorkshopDesk({
  pack,
  store,
  signerName,
  onClose,
  tools,
}: {
  pack: LoadedPack;
  store: EditsStore;
  signerName: string;
  onClose: () => void;
  /** Publish and export, given the edits in force. */
  tools: (edits: ReturnType<EditsStore['edits']>) => ReactNode;
}) {
  const { t } = useT();
  // The store is mutable: `revision` redraws after each change, `reset` also reloads the entry's form.
  const [revision, setRevision] = useState(0);
  const [reset, setReset] = useState(0);
  const [notice, setNotice] = useState<{ key: MessageKey; tone: 'ok' | 'error' } | null>(null);
  const [filter, setFilter] = useState<EntryFilter>('all');
  const edits = useMemo(() => store.edits(), [store, revision]); // eslint-disable-line react-hooks/exhaustive-deps
  const model = useMemo(
    () => applyEdits({ documents: pack.documents, entries: pack.entries }, edits),
    [pack, edits],
  );
  const shownById = useMemo(() => new Map(model.entries.map((e) => [e.id, e])), [model]);
  const edited = useMemo(
    () => new Set(edits.flatMap((e) => (e.kind === 'entry' ? [e.entryId] : []))),
    [edits],
  );
  const documents = useMemo(
    () =>
      pack.documents.map((doc) => ({
        doc,
        toVerify: doc.entryIds.filter((id) => shownById.get(id)?.verification.status === 'a-verifier').length,
      })),
    [pack, shownById],
  );
  const [docId, setDocId] = useState(
    () => (documents.find((d) => d.doc.kind === 'law' && d.toVerify > 0) ?? documents[0])?.doc.id ?? '',
  );
  const doc = pack.documentsById.get(docId);
  const entries = doc ? worksheetEntries(doc, (id) => shownById.get(id)) : [];
  const [selected, setSelected] = useState<string | undefined>(entries[0]?.id);
  const original = selected ? pack.entriesById.get(selected) : undefined;
  const shown = selected ? shownById.get(selected) : undefined;
  const [base, setBase] = useState<{ id: string; fingerprint: string } | null>(null);
  useEffect(() => {
    let live = true;
    if (original)
      void entryFingerprint(original).then(
        (fingerprint) => live && setBase({ id: original.id, fingerprint }),
      );
    return () => {
      live = false;
    };
  }, [original]);
  const position = doc && selected ? worksheetPosition(doc, (id) => shownById.get(id), selected) : undefined;

  const changed = (key: MessageKey | null) => {
    setRevision((r) => r + 1);
    if (key) {
      setReset((r) => r + 1);
      setNotice({ key, tone: 'ok' });
    } else setNotice(null);
  };
  const guarded = async (work: () => Promise<unknown>, key: MessageKey | null): Promise<boolean> => {
    try {
      await work();
      changed(key);
      return true;
    } catch {
      setNotice({ key: 'workshop.desk.saveFailed', tone: 'error' });
      return false;
    }
  };
  const save = (edit: EntryEdit) => guarded(() => store.record({ key: editKey(edit), edit }), null);
  const drop = async () => {
    if (selected)
      await guarded(() => store.record({ key: `entry:${selected}`, edit: null }), 'workshop.entry.dropped');
  };
  const mark = async (at: number[], title: string, editorial: boolean) => {
    if (!doc) return;
    const base = await documentFingerprint(doc);
    const edit: HeadingEdit = { kind: 'heading', docId: doc.id, at, title, base, editorial };
    await guarded(() => store.record({ key: editKey(edit), edit }), 'workshop.heading.marked');
  };
  const go = (id: string | undefined) => {
    if (!id) return;
    setSelected(id);
    setNotice(null);
    // The form of the next row takes the focus, as the next line of the paper sheet would.
    requestAnimationFrame(() => document.getElementById('workshop-text')?.focus());
  };

  return (
    <div className="workshop-desk">
      <div className="workshop-bar">
        <p>
          {t('workshop.desk.signedAs', { name: signerName })} ·{' '}
          {t('workshop.desk.base', { version: pack.manifest.packVersion })}
        </p>
        <p role="status">{t('workshop.desk.pending', { count: edits.length })}</p>
        <div className="actions">
          <button
            type="button"
            className="secondary"
            disabled={store.cursor === 0}
            onClick={() => void guarded(() => store.undo(), 'workshop.desk.undone')}
          >
            {t('workshop.desk.undo')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={store.cursor >= store.steps.length}
            onClick={() => void guarded(() => store.redo(), 'workshop.desk.redone')}
          >
            {t('workshop.desk.redo')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('workshop.desk.close')}
          </button>
        </div>
        <div aria-live="polite">
          {notice && (
            <p
              className={notice.tone === 'ok' ? 'success-message' : 'error-message'}
              role={notice.tone === 'ok' ? 'status' : 'alert'}
            >
              {t(notice.key)}
            </p>
          )}
        </div>
      </div>
      <div className="workshop-columns">
        <EntryList
          documents={documents}
          docId={docId}
          entries={entries}
          edited={edited}
          filter={filter}
          selected={selected}
          onDocument={(id) => {
            setDocId(id);
            setSelected(pack.documentsById.get(id)?.entryIds[0]);
          }}
          onFilter={setFilter}
          onSelect={go}
        />
        <div className="workshop-main">
          {position && (
            <div className="workshop-steps">
              <p>{t('workshop.entry.row', { row: position.row, rows: position.rows })}</p>
              <button
                type="button"
                className="secondary"
                disabled={!position.previous}
                onClick={() => go(position.previous)}
              >
                {t('workshop.entry.previous')}
              </button>
              <button type="button" disabled={!position.next} onClick={() => go(position.next)}>
                {t('workshop.entry.next')}
              </button>
            </div>
          )}
          {original && shown && base?.id === original.id && (
            <EntryEditor
              key={`${original.id}:${reset}`}
              original={original}
              shown={shown}
              base={base.fingerprint}
              today={localToday()}
              edited={edited.has(original.id)}
              onSave={save}
              onDrop={drop}
              headings={
                doc && (
                  <HeadingMarks
                    trail={headingTrail(
                      model.documents.find((d) => d.id === doc.id)?.outline ?? doc.outline,
                      original.id,
                    )}
                    onMark={(heading, editorial) => void mark(heading.at, heading.title, editorial)}
                  />
                )
              }
            />
          )}
        </div>
      </div>
      {tools(edits)}
    </div>
  );
}
