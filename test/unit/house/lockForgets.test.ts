import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleState, ROOT, sourceFiles } from './moduleState';

// Issue 18, point 4: a lock (and the panic shortcut) must leave no decrypted thing in the renderer.
// Component state goes when the notebook's screens unmount; what outlives components is module-level
// state. Every such variable in renderer/ui and renderer/core is either registered with the lock
// (renderer/ui/vault/forgetOnLock.ts) or listed here with the reason it never holds case data or text
// rendered from it. A new cache makes this test fail until someone decides which it is.

/** `file:variable` → the name it is registered under with forgetOnLock. */
const REGISTERED: Record<string, string> = {
  'renderer/ui/components/SafeHtml.tsx:cache': 'safe-html',
  'renderer/ui/cases/notebookStore.ts:owner': 'case-notebook',
  'renderer/ui/cases/notebookStore.ts:state': 'case-notebook',
  'renderer/ui/indicators/screeningSession.ts:current': 'screening-in-progress',
  'renderer/ui/indicators/screeningSession.ts:ended': 'screening-in-progress',
  'renderer/ui/indicators/screeningSession.ts:watch': 'screening-in-progress',
};

/** `file:variable` → why it holds nothing of a case. */
const NOTHING_OF_A_CASE: Record<string, string> = {
  'renderer/core/cases/caseWriteQueue.ts:queues':
    'per session, the settled tail of each case’s write queue: resolves to undefined, never to the data written',
  'renderer/core/cases/isoMedia.ts:TOP_LEVEL': 'constant box names',
  'renderer/core/cases/isoMedia.ts:QUICKTIME_FIRST': 'constant box names',
  'renderer/core/content/devTrustRoots.release.ts:DEV_TRUST_ROOTS': 'an empty constant list',
  'renderer/core/content/ed25519.ts:chosen': 'which Ed25519 implementation verifies content signatures',
  'renderer/core/crypto/deriveKey.ts:nextJobId': 'a counter',
  'renderer/core/search/analyzer.ts:CANONICAL': 'constant word forms',
  'renderer/core/search/analyzer.ts:IRREGULAR': 'constant word forms',
  'renderer/core/search/articleRefs.ts:GENERIC': 'constant words',
  'renderer/core/search/articleRefs.ts:INSTRUMENT_WORDS': 'constant words',
  'renderer/core/search/queryIntent.ts:INTENT_WORDS': 'constant words',
  'renderer/core/search/searchIndex.ts:opened': 'the library’s search index, built from the content pack',
  'renderer/core/search/stopwords.ts:STOPWORDS': 'constant words',
  'renderer/core/search/thesaurus.ts:byFirstTerm': 'the bundled thesaurus',
  'renderer/core/search/vocabulary.ts:frequencies': 'word counts of the library’s index',
  'renderer/core/search/vocabulary.ts:vocabularies': 'words of the library’s index',
  'renderer/core/text/foldText.ts:TABLE': 'the folding table of the first 0x370 code points, built at load',
  'renderer/core/text/foldText.ts:CACHE':
    'single code points and their folded form, at most 4096, no order and no words: nothing a case could be read back from',
  'renderer/core/vault/passphrasePolicy.ts:checker':
    'the strength checker and its dictionaries, never a passphrase',
  'renderer/core/vault/vaultSession.ts:writeKeys':
    'a function the re-encryption uses to swap the session’s keys; the keys stay in the session’s private field',
  'renderer/core/vault/rawVault.ts:sealedIn':
    'which key epoch encrypted a stored row (weakly held ciphertext rows, never a payload)',
  'renderer/ui/vault/rekeyJob.ts:state':
    'the re-encryption job and its new recovery key: emptied by its own session.onLock (rekeyJob.ts)',
  'renderer/ui/vault/rekeyJob.ts:controller': 'the running job’s cancel switch, dropped at lock',
  'renderer/ui/vault/rekeyJob.ts:listeners': 'subscribers',
  'renderer/core/vault/vaultSession.ts:readInternals':
    'a function; the keys stay in the session’s private field',
  'renderer/ui/backup/backupReminder.ts:state':
    'last backup time per opaque notebook id (localStorage, by design)',
  'renderer/ui/backup/backupReminder.ts:listeners': 'subscribers',
  'renderer/ui/cases/notebookStore.ts:listeners': 'subscribers',
  'renderer/ui/components/sanitizeHtml.ts:purifier': 'the DOMPurify instance',
  'renderer/ui/i18n/catalogStore.ts:chunks': 'loads of catalogue chunks',
  'renderer/ui/i18n/catalogStore.ts:groups': 'loads of catalogue chunks',
  'renderer/ui/i18n/catalogStore.ts:icu': 'the message formatter library',
  'renderer/ui/i18n/catalogStore.ts:icuLoading': 'its load',
  'renderer/ui/i18n/formatMessage.ts:formatters':
    'compiled catalogue messages, keyed by the message pattern; the values (case data) are passed at each call and not kept',
  'renderer/ui/indicators/screeningSession.ts:listeners': 'subscribers',
  'renderer/ui/library/libraryDb.ts:db': 'the bookmarks database handle (library, not cases)',
  'renderer/ui/library/useReadingAnchor.ts:lastRestored': 'a reading position in the library',
  'renderer/ui/referral/useDirectory.ts:store':
    'the office directory’s store handle (professional contacts, plain by design)',
  'renderer/ui/search/useSearchClient.ts:clients': 'search clients of the content pack',
  'renderer/ui/settings/officeSettings.ts:cached': 'the office’s own details (localStorage, by design)',
  'renderer/ui/settings/officeSettings.ts:listeners': 'subscribers',
  'renderer/ui/shell/navigationMemory.ts:navigated': 'a flag',
  'renderer/ui/vault/forgetOnLock.ts:holders': 'the registry itself',
  'renderer/ui/vault/pendingSaves.ts:pending':
    'flush functions of drafts still on screen: run before a lock the person asks for, removed when the draft’s screen unmounts at lock',
  'renderer/ui/vault/pendingSaves.ts:atLastLock': 'kept, lost or null',
  'renderer/ui/vault/useProfiles.ts:recovered': 'the crash-recovery pass, once per start',
  'renderer/ui/vault/vaultStatusSignal.ts:session': 'the open session handle, set to null by the lock',
  'renderer/ui/vault/vaultStatusSignal.ts:lockRequest': 'the lock function, null once locked',
  'renderer/ui/vault/vaultStatusSignal.ts:listeners': 'subscribers',
};

describe('lock forgets: every module-level holder is decided', () => {
  const found = sourceFiles('renderer/ui', 'renderer/core').flatMap(moduleState);

  it('reads module-level state (the reader is not blind)', () => {
    expect(found).toContain('renderer/ui/components/SafeHtml.tsx:cache');
    expect(found).toContain('renderer/ui/indicators/screeningSession.ts:current');
  });

  it('finds no module-level variable that is neither registered with the lock nor explained', () => {
    const undecided = found.filter((v) => !(v in REGISTERED) && !(v in NOTHING_OF_A_CASE));
    expect(undecided).toEqual([]);
  });

  it('lists nothing that no longer exists', () => {
    const stale = [...Object.keys(REGISTERED), ...Object.keys(NOTHING_OF_A_CASE)].filter(
      (v) => !found.includes(v),
    );
    expect(stale).toEqual([]);
  });

  it('registers each holder it says is registered, in the file that declares it', () => {
    const unregistered = Object.entries(REGISTERED).filter(([v, name]) => {
      const file = v.slice(0, v.lastIndexOf(':'));
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      return !text.includes(`forgetOnLock.register('${name}'`);
    });
    expect(unregistered).toEqual([]);
  });
});
