import { afterEach, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../../renderer/core/library/bookmarkDb';
import { BOOKMARK_FILE_MAX_BYTES, parseBookmarkFile } from '../../../renderer/core/library/bookmarkFile';
import {
  addBookmark,
  exportBookmarks,
  importBookmarks,
  listBookmarks,
  removeBookmark,
} from '../../../renderer/core/library/bookmarkStore';

const opened: LibraryDb[] = [];
let counter = 0;
function freshDb(): LibraryDb {
  const db = openLibraryDb(`library-test-${(counter += 1)}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const bytes = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('bookmarks', () => {
  it('adds, lists newest first, removes', async () => {
    const db = freshDb();
    await addBookmark(db, 'loi-09-001/art-53', 1);
    await addBookmark(db, 'oit-c182/art-3', 2);
    expect((await listBookmarks(db)).map((b) => b.entryId)).toEqual(['oit-c182/art-3', 'loi-09-001/art-53']);
    await removeBookmark(db, 'oit-c182/art-3');
    expect((await listBookmarks(db)).map((b) => b.entryId)).toEqual(['loi-09-001/art-53']);
  });

  it('round-trips through an export file into another computer, merging without duplicates', async () => {
    const source = freshDb();
    await addBookmark(source, 'loi-09-001/art-53', 10);
    await addBookmark(source, 'oit-c182/art-3', 20);
    const file = await exportBookmarks(source, new Date('2026-03-01T00:00:00Z'));
    const target = freshDb();
    await addBookmark(target, 'oit-c182/art-3', 5);
    expect(await importBookmarks(target, file)).toEqual({ ok: true, added: 1, alreadyKept: 1 });
    const list = await listBookmarks(target);
    expect(list.map((b) => [b.entryId, b.createdAt])).toEqual([
      ['loi-09-001/art-53', 10],
      ['oit-c182/art-3', 5],
    ]);
  });

  it('refuses bad files with a precise reason and changes nothing', async () => {
    const db = freshDb();
    await addBookmark(db, 'loi-09-001/art-53', 1);
    const good = { format: 'dalili-bookmarks', version: 1, bookmarks: [{ entryId: 'a/b', createdAt: 1 }] };
    const cases: [Uint8Array, string][] = [
      [bytes('pas du json'), 'not-json'],
      [new Uint8Array([0xff, 0xfe, 0x00]), 'not-json'],
      [bytes({ format: 'autre' }), 'not-bookmarks'],
      [bytes([1, 2]), 'not-bookmarks'],
      [bytes({ ...good, version: 2 }), 'newer-version'],
      [bytes({ ...good, bookmarks: [{ entryId: '<script>', createdAt: 1 }] }), 'invalid'],
      [bytes({ ...good, bookmarks: [{ entryId: 'a/b', createdAt: -1 }] }), 'invalid'],
      [bytes({ ...good, bookmarks: [{ entryId: 'a/b', createdAt: 1, extra: 'x' }] }), 'invalid'],
      [bytes({ ...good, bookmarks: 'x' }), 'invalid'],
      [new Uint8Array(BOOKMARK_FILE_MAX_BYTES + 1), 'too-large'],
    ];
    for (const [file, error] of cases) {
      expect(await importBookmarks(db, file)).toEqual({ ok: false, error });
    }
    expect((await listBookmarks(db)).map((b) => b.entryId)).toEqual(['loi-09-001/art-53']);
  });

  it('keeps one bookmark per entry from a file, the earliest', () => {
    const parsed = parseBookmarkFile(
      bytes({
        format: 'dalili-bookmarks',
        version: 1,
        bookmarks: [
          { entryId: 'a/b', createdAt: 9 },
          { entryId: 'a/b', createdAt: 3 },
        ],
      }),
    );
    expect(parsed).toEqual({ ok: true, bookmarks: [{ entryId: 'a/b', createdAt: 3 }] });
  });
});
