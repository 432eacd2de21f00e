import { describe, expect, it } from 'vitest';
import { ensureNamespaces, namespacesReady, translateLoaded } from '../../../renderer/ui/i18n/catalogStore';
import { translate } from '../../../renderer/ui/i18n/translate';

// One module-wide store: the steps below run in order, each building on the one before.
describe('the app catalogue loads namespaces on demand', () => {
  it('before a namespace is loaded its keys are not translated, so a gate must wait', () => {
    expect(namespacesReady('fr', ['backup'])).toBe(false);
    expect(translateLoaded('fr', 'backup.transfer.caseRecords', { count: 2 })).toBe(
      'backup.transfer.caseRecords',
    );
  });

  it('one request, one promise (React use() needs the same one), then the strings are there', async () => {
    const first = ensureNamespaces('fr', ['backup', 'shell']);
    expect(ensureNamespaces('fr', ['shell', 'backup'])).toBe(first);
    await first;
    expect(namespacesReady('fr', ['backup', 'shell'])).toBe(true);
    expect(namespacesReady('en', ['backup'])).toBe(false);
    // ICU plurals work once a chunk with a count has brought the formatter.
    expect(translateLoaded('fr', 'backup.transfer.caseRecords', { count: 0 })).toBe('(0 enregistrement)');
    expect(translateLoaded('fr', 'backup.transfer.caseRecords', { count: 3 })).toBe('(3 enregistrements)');
  });

  it('another language loads its own chunk and French with it; the results match the full catalogue', async () => {
    await ensureNamespaces('sw', ['library']);
    expect(namespacesReady('sw', ['library'])).toBe(true);
    expect(namespacesReady('fr', ['library'])).toBe(true);
    expect(translateLoaded('sw', 'library.count.law', { count: 5 })).toBe('Vifungu 5');
    expect(translateLoaded('sw', 'library.title')).toBe(translate('sw', 'library.title'));
    expect(translateLoaded('en', 'library.title')).toBe(translate('fr', 'library.title'));
    expect(translateLoaded('fr', 'pages.search.query', { query: 'art. 53' })).toBe('pages.search.query');
  });
});
