import type { ContentDocument, Entry, Lang, Localized, OutlineNode } from '../../renderer/core/content/types';
import type { ErrorList } from './contentError';
import { ContentIndex, linkCrossRefs } from './crossRefs';
import type { RawOutline } from './parseBody';
import type { SourceDocument, SourceEntry } from './sourceTypes';
import { buildDocument, buildEntry } from './buildModel';
import { DOC_KINDS, TRANSLATION_LANGUAGES } from '../../renderer/core/vocabulary';

// Second pass, over all documents at once: duplicate ids, references between documents, symmetric
// links, and the final compiled model.

const KIND_ORDER: readonly string[] = DOC_KINDS;

export interface Linked {
  documents: ContentDocument[];
  entries: Entry[];
}

const addLink = (map: Map<string, Set<string>>, from: string, to: string): void => {
  const set = map.get(from) ?? new Set<string>();
  set.add(to);
  map.set(from, set);
};

export const linkDocuments = (
  all: readonly SourceDocument[],
  errors: ErrorList,
  pending: ReadonlySet<string> = new Set(),
): Linked => {
  const seen = new Map<string, SourceDocument>();
  const docs: SourceDocument[] = [];
  for (const doc of all) {
    const first = seen.get(doc.fm.id);
    if (first) {
      errors.add(doc.file, doc.yaml.lineOf(['id']), `duplicate document id \`${doc.fm.id}\` (also ${first.file})`);
      continue;
    }
    seen.set(doc.fm.id, doc);
    docs.push(doc);
  }
  docs.sort((a, b) => KIND_ORDER.indexOf(a.fm.kind) - KIND_ORDER.indexOf(b.fm.kind) || (a.fm.id < b.fm.id ? -1 : 1));
  const index = new ContentIndex(docs, pending);

  const amends = new Map<string, Set<string>>();
  const amendedBy = new Map<string, Set<string>>();
  const related = new Map<string, Set<string>>();
  const reverseIndicators = new Map<string, Set<string>>();
  const resolved = new Map<string, { provisions: string[]; referral: string[] }>();

  for (const doc of docs) {
    for (const field of ['amends', 'amendedBy'] as const) {
      (doc.fm[field] ?? []).forEach((id, i) => {
        if (!index.docs.has(id)) {
          if (!pending.has(id)) errors.add(doc.file, doc.yaml.lineOf([field, i]), `broken reference in \`${field}\`: no document \`${id}\``);
        } else if (field === 'amends') {
          addLink(amends, doc.fm.id, id);
          addLink(amendedBy, id, doc.fm.id);
        } else {
          addLink(amendedBy, doc.fm.id, id);
          addLink(amends, id, doc.fm.id);
        }
      });
    }
    for (const entry of doc.entries) {
      const meta = entry.meta;
      const yaml = entry.metaYaml;
      if (!meta || !yaml) continue;
      const resolve = (field: 'related' | 'provisions' | 'referral', wanted?: SourceEntry['kind']): string[] =>
        (meta[field] ?? []).flatMap((ref, i) => {
          const target = index.resolveEntryRef(ref, doc);
          const line = yaml.lineOf([field, i]);
          if (!target) {
            if (index.isPending(ref, doc)) return [];
            const hint = index.docs.has(ref) ? ` (\`${ref}\` is a document: name one of its entries, or write [[${ref}]] in the text)` : '';
            errors.add(doc.file, line, `broken reference in \`${field}\`: no entry \`${ref}\`${hint}`);
            return [];
          }
          if (wanted && target.entry.kind !== wanted) {
            errors.add(doc.file, line, `\`${field}\` must point to ${wanted} entries; \`${ref}\` is a ${target.entry.kind}`);
            return [];
          }
          if (target.entry === entry) {
            errors.add(doc.file, line, `\`${field}\` points to the entry itself`);
            return [];
          }
          return [target.entry.fullId];
        });
      for (const id of resolve('related')) {
        addLink(related, entry.fullId, id);
        addLink(related, id, entry.fullId);
      }
      const provisions = resolve('provisions', 'article');
      const referral = resolve('referral', 'step');
      for (const id of [...provisions, ...referral]) addLink(reverseIndicators, id, entry.fullId);
      resolved.set(entry.fullId, { provisions, referral });
    }
  }

  const sorted = (set: Set<string> | undefined): string[] => [...(set ?? [])].sort();
  const link = (doc: SourceDocument, chunk: { text: string; line: number } | undefined, lang: Lang): string | undefined =>
    chunk ? linkCrossRefs(chunk, lang, index, doc.file, errors) : undefined;

  const documents: ContentDocument[] = [];
  const entries: Entry[] = [];
  for (const doc of docs) {
    const summary = doc.fm.summary;
    let linkedSummary: Localized | undefined;
    if (summary) {
      linkedSummary = { fr: link(doc, { text: summary.fr, line: doc.yaml.textLineOf(['summary', 'fr']) }, 'fr') ?? '' };
      for (const lang of TRANSLATION_LANGUAGES) {
        const text = summary[lang];
        if (text) linkedSummary[lang] = link(doc, { text, line: doc.yaml.textLineOf(['summary', lang]) }, lang);
      }
    }
    const toOutline = (node: RawOutline): OutlineNode =>
      node.type === 'entry'
        ? { type: 'entry', id: `${doc.fm.id}/${node.localId}` }
        : {
            type: 'heading',
            title: node.title,
            depth: node.depth,
            ...(node.editorial ? { editorial: true } : {}),
            ...(node.text ? { text: link(doc, node.text, 'fr') } : {}),
            children: node.children.map(toOutline),
          };
    documents.push(
      buildDocument(doc, {
        amends: sorted(amends.get(doc.fm.id)),
        amendedBy: sorted(amendedBy.get(doc.fm.id)),
        summary: linkedSummary,
        outline: doc.body.outline.map(toOutline),
      }),
    );
    for (const entry of doc.entries) {
      const text: Localized = { fr: link(doc, entry.texts.fr, 'fr') ?? '' };
      for (const lang of TRANSLATION_LANGUAGES) {
        const linked = link(doc, entry.texts[lang], lang);
        if (linked !== undefined) text[lang] = linked;
      }
      // Earlier versions' summaries may cite other entries as the current one does (issue 20).
      const versionTexts = (entry.meta?.versions ?? []).map((v, i): Localized => {
        const at = (lang: Lang): { text: string; line: number } | undefined => {
          const t = v[lang];
          return t === undefined || !entry.metaYaml ? undefined : { text: t, line: entry.metaYaml.textLineOf(['versions', i, lang]) };
        };
        const out: Localized = { fr: link(doc, at('fr'), 'fr') ?? v.fr };
        for (const lang of TRANSLATION_LANGUAGES) {
          const linked = link(doc, at(lang), lang);
          if (linked !== undefined) out[lang] = linked;
        }
        return out;
      });
      entries.push(
        buildEntry(doc, entry, {
          text,
          versionTexts,
          related: sorted(related.get(entry.fullId)),
          indicators: sorted(reverseIndicators.get(entry.fullId)),
          ...(resolved.get(entry.fullId) ?? { provisions: [], referral: [] }),
        }),
      );
    }
  }
  return { documents, entries };
};
