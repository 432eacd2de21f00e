import { z } from 'zod';
import type { Bookmark } from './bookmarkDb';

// The bookmark export: a small JSON file a person can carry to another computer.

export const BOOKMARK_FILE_FORMAT = 'dalili-bookmarks';
export const BOOKMARK_FILE_VERSION = 1;
/** Far more than anyone keeps, small enough that a hostile file cannot exhaust memory. */
export const BOOKMARK_FILE_MAX_BYTES = 1024 * 1024;
export const BOOKMARK_FILE_MAX_ITEMS = 5000;

/** Same shape as the pack's ids: `<doc-id>/<entry-id>`, lower-case letters, digits, hyphens. */
const ENTRY_ID = /^[a-z0-9][a-z0-9-]{0,79}\/[a-z0-9][a-z0-9-]{0,79}$/;

const bookmarkSchema = z.strictObject({
  entryId: z.string().regex(ENTRY_ID),
  createdAt: z.number().int().nonnegative().max(8.64e15),
});

const fileSchema = z.object({
  format: z.literal(BOOKMARK_FILE_FORMAT),
  version: z.literal(BOOKMARK_FILE_VERSION),
  exportedAt: z.string().max(40).optional(),
  bookmarks: z.array(bookmarkSchema).max(BOOKMARK_FILE_MAX_ITEMS),
});

export type BookmarkFileError = 'too-large' | 'not-json' | 'not-bookmarks' | 'newer-version' | 'invalid';

export type ParsedBookmarkFile =
  { ok: true; bookmarks: Bookmark[] } | { ok: false; error: BookmarkFileError };

export function serializeBookmarks(bookmarks: readonly Bookmark[], now: Date): Uint8Array {
  const file = {
    format: BOOKMARK_FILE_FORMAT,
    version: BOOKMARK_FILE_VERSION,
    exportedAt: now.toISOString(),
    bookmarks: bookmarks.map(({ entryId, createdAt }) => ({ entryId, createdAt })),
  };
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}

/** Reads an export; any doubt is an error code the UI translates. Never throws. */
export function parseBookmarkFile(bytes: Uint8Array): ParsedBookmarkFile {
  if (bytes.length > BOOKMARK_FILE_MAX_BYTES) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== BOOKMARK_FILE_FORMAT
  ) {
    return { ok: false, error: 'not-bookmarks' };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BOOKMARK_FILE_VERSION)
    return { ok: false, error: 'newer-version' };
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  // One bookmark per entry: the earliest date wins, as it does on import.
  const byId = new Map<string, Bookmark>();
  for (const b of parsed.data.bookmarks) {
    const seen = byId.get(b.entryId);
    if (!seen || b.createdAt < seen.createdAt)
      byId.set(b.entryId, { entryId: b.entryId, createdAt: b.createdAt });
  }
  return { ok: true, bookmarks: [...byId.values()] };
}
