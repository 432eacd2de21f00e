import type { MessageKey, Namespace } from './catalog';
import { loadCatalogChunk, type Messages } from './catalogChunks';
import { formatMessage, isIcuMessage, type IcuFormat, type MessageParams } from './formatMessage';
import { LANGUAGES, mapValues, type Language } from './languages';

// The app's catalogue: only the namespaces the pages shown so far needed, in the languages used. A page
// renders only once its namespaces are here (NamespaceGate), in the interface language and in French,
// the reference every message falls back to (and the language of the fiche de référence).

const loaded: Record<Language, Partial<Record<Namespace, Messages>>> = mapValues(LANGUAGES, () => ({}));
const chunks = new Map<string, Promise<void>>();
const groups = new Map<string, Promise<void>>();
let icu: IcuFormat | undefined;
let icuLoading: Promise<void> | undefined;

/** A promise React's use() reads synchronously once settled (the documented status/value fields). */
type Tracked = Promise<void> & {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: undefined;
  reason?: unknown;
};

function track(promise: Promise<void>): Tracked {
  const tracked = promise as Tracked;
  tracked.status = 'pending';
  tracked.then(
    () => {
      tracked.status = 'fulfilled';
      tracked.value = undefined;
    },
    (reason: unknown) => {
      tracked.status = 'rejected';
      tracked.reason = reason;
    },
  );
  return tracked;
}

// intl-messageformat (about 35 KB) comes with the first chunk that counts something, not at start.
const loadIcu = (): Promise<void> =>
  (icuLoading ??= import('intl-messageformat').then((m) => {
    icu = m.IntlMessageFormat;
  }));

function loadChunk(language: Language, namespace: Namespace): Promise<void> {
  const id = `${language}:${namespace}`;
  let chunk = chunks.get(id);
  if (!chunk) {
    chunk = loadCatalogChunk(language, namespace).then(async (messages) => {
      if (Object.values(messages).some(isIcuMessage)) await loadIcu();
      loaded[language][namespace] = messages;
    });
    // A chunk that failed to load (a damaged install) is tried again on the next request.
    chunk.catch(() => chunks.delete(id));
    chunks.set(id, chunk);
  }
  return chunk;
}

const languagesFor = (language: Language): Language[] => (language === 'fr' ? ['fr'] : [language, 'fr']);

/** True when every namespace is here in the language and in French. */
export function namespacesReady(language: Language, namespaces: readonly Namespace[]): boolean {
  return languagesFor(language).every((l) => namespaces.every((n) => loaded[l][n] !== undefined));
}

/** Loads the namespaces in the language and in French; the same promise for the same request (for use()). */
export function ensureNamespaces(language: Language, namespaces: readonly Namespace[]): Promise<void> {
  // Asked for beside the chunks, not after the first one that counts: one round instead of two.
  loadIcu().catch(() => undefined);
  const id = `${language}:${[...new Set(namespaces)].sort().join(',')}`;
  let group = groups.get(id);
  if (!group) {
    group = track(
      Promise.all(languagesFor(language).flatMap((l) => namespaces.map((n) => loadChunk(l, n)))).then(
        () => undefined,
      ),
    );
    group.catch(() => groups.delete(id));
    groups.set(id, group);
  }
  return group;
}

/**
 * The message in the language, else in French, else the key itself (a namespace not loaded yet: the
 * gates make sure this does not happen on screen, and browser tests look for raw keys).
 */
export function translateLoaded(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const dot = key.indexOf('.');
  const namespace = key.slice(0, dot) as Namespace;
  const entry = key.slice(dot + 1);
  const template = loaded[language][namespace]?.[entry] ?? loaded.fr[namespace]?.[entry] ?? key;
  return formatMessage(icu, language, key, template, params);
}
