import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { BrowserApp } from '../support/browserApp';
import { fr, type Key } from '../support/words';

/** Paramètres → Atelier juridique, as an office jurist uses it. */
export class WorkshopPage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.app.url}#/parametres/atelier`);
    await this.page.getByRole('heading', { name: fr('workshop.key.title') }).waitFor();
  }

  /** The key step: the file chosen in the dialog, the passphrase typed, « Ouvrir l’atelier ». */
  async openWithKey(name: string, bytes: Uint8Array, passphrase: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: fr('workshop.key.choose') }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await this.page.getByLabel(fr('workshop.key.passphrase')).fill(passphrase);
    await this.page.getByRole('button', { name: fr('workshop.key.submit') }).click();
  }

  signedAs(name: string): Locator {
    return this.page.getByText(fr('workshop.desk.signedAs', { name }), { exact: false });
  }

  pending(count: number): Locator {
    return this.page.getByText(fr('workshop.desk.pending', { count }));
  }

  async alertText(): Promise<string | null> {
    return this.page.getByRole('alert').first().textContent();
  }

  async filter(value: 'all' | 'toVerify' | 'edited'): Promise<void> {
    await this.page.getByLabel(fr('workshop.list.filter')).selectOption(value);
  }

  async chooseDocument(docId: string): Promise<void> {
    await this.page.getByLabel(fr('workshop.list.document')).selectOption(docId);
  }

  entryButton(heading: string): Locator {
    return this.page.locator('.workshop-list button', {
      has: this.page.locator('.workshop-entry-heading', { hasText: new RegExp(`^${heading}$`) }),
    });
  }

  /** Pastes text into the official text field, as Ctrl+V from a PDF reader does. */
  async pasteOfficialText(text: string): Promise<void> {
    const field = this.page.getByLabel(fr('workshop.entry.text'));
    await field.focus();
    await field.evaluate((el, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  async click(key: Key, params?: Parameters<typeof fr>[1]): Promise<void> {
    await this.page.getByRole('button', { name: fr(key, params), exact: true }).click();
  }

  async fill(key: Key, value: string): Promise<void> {
    await this.page.getByLabel(fr(key), { exact: true }).fill(value);
  }

  /** Clicks a button that saves a file and returns the file's name and bytes. */
  async download(key: Key): Promise<{ name: string; bytes: Uint8Array }> {
    const download = this.page.waitForEvent('download');
    await this.click(key);
    const file = await download;
    return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
  }

  /** Everything the workshop's IndexedDB database holds, as text (byte arrays decoded as UTF-8). */
  storedText(): Promise<string> {
    return this.page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('dalili-workshop');
          open.onerror = () => reject(new Error('cannot open'));
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names, 'readonly');
            const out: string[] = [];
            const decode = (value: unknown): void => {
              if (value instanceof Uint8Array) out.push(new TextDecoder().decode(value));
              else if (value instanceof ArrayBuffer)
                out.push(new TextDecoder().decode(new Uint8Array(value)));
              else if (typeof value === 'string') out.push(value);
              else if (value && typeof value === 'object') Object.values(value).forEach(decode);
            };
            for (const name of names) {
              const request = tx.objectStore(name).getAll();
              request.onsuccess = () => decode(request.result);
            }
            tx.oncomplete = () => {
              db.close();
              resolve(out.join('\n'));
            };
          };
        }),
    );
  }
}
