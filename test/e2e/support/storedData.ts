import type { Page } from 'playwright-core';

export interface StoredDataOptions {
  /** Databases left out (the office directory is plain by design: professional contacts). */
  except?: string[];
  /** Also localStorage and sessionStorage. */
  webStorage?: boolean;
}

/**
 * Everything the page keeps in IndexedDB, as text, one line per database and store in a stable order:
 * values as JSON with bytes as number arrays, and every byte string decoded as UTF-8 and as Latin-1 too,
 * so a sentence stored in clear shows whichever way it was written.
 */
export async function storedData(page: Page, options: StoredDataOptions = {}): Promise<string> {
  return page.evaluate(
    async ({ except, webStorage }) => {
      const out: string[] = webStorage
        ? [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })]
        : [];
      const infos = (await indexedDB.databases()).filter((d) => !except.includes(d.name ?? ''));
      for (const info of infos.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(info.name!);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error('indexeddb-open-failed'));
        });
        for (const store of Array.from(db.objectStoreNames).sort()) {
          const values = await new Promise<unknown[]>((resolve) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
          });
          const decoded: string[] = [];
          const asArray = (_key: string, v: unknown): unknown => {
            if (v instanceof Uint8Array || v instanceof ArrayBuffer) {
              const bytes = new Uint8Array(v);
              decoded.push(new TextDecoder('utf-8').decode(bytes), new TextDecoder('latin1').decode(bytes));
              return Array.from(bytes);
            }
            return v;
          };
          out.push(`${info.name}/${store}:${JSON.stringify(values, asArray)}`, ...decoded);
        }
        db.close();
      }
      return out.join('\n');
    },
    { except: options.except ?? [], webStorage: options.webStorage ?? false },
  );
}
