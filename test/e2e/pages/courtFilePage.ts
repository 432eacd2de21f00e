import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { OUTPUT_DIR } from '../support/browserApp';
import { fr } from '../support/words';

/** A PDF as the test reads it: the text of each page, and each page as a grey picture. */
export interface PdfPages {
  file: string;
  texts: string[];
  pictures: string[];
}

/**
 * « Dossier pour la justice » in an open case: the choice form, the prepared document, and the PDF
 * Chromium prints of it (A4, as the print path gives it), read back with Debian's poppler-utils.
 */
export class CourtFilePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: fr('courtFile.open') }).click();
    await this.page.getByRole('heading', { name: new RegExp(`^${fr('courtFile.form.title')}`) }).waitFor();
  }

  kind(kind: 'parquet' | 'enfant'): Locator {
    return this.page.getByRole('radio', { name: fr(`courtFile.form.kind.${kind}`) });
  }

  section(key: Parameters<typeof fr>[0]): Locator {
    return this.page.getByRole('checkbox', { name: fr(key), exact: true });
  }

  identity(code: string): Locator {
    return this.page.getByRole('checkbox', { name: `${fr('courtFile.form.identity')} : ${code}` });
  }

  get roleField(): Locator {
    return this.page.getByLabel(fr('courtFile.form.role'));
  }

  get document(): Locator {
    return this.page.getByTestId('court-file');
  }

  async prepare(): Promise<void> {
    await this.page.getByRole('button', { name: fr('courtFile.form.prepare') }).click();
    await this.document.waitFor({ timeout: 60_000 });
    await this.page.getByText(fr('courtFile.ready')).waitFor();
  }

  async changeChoice(): Promise<void> {
    await this.page.getByRole('button', { name: fr('courtFile.change') }).click();
  }

  /** Chromium's PDF of the page as printed (print media, A4), then its text and pictures per page. */
  async pdf(name: string): Promise<PdfPages> {
    const dir = path.join(OUTPUT_DIR, 'court-file', name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}.pdf`);
    writeFileSync(file, await this.page.pdf({ format: 'A4' }));
    // pdftotext separates pages with a form feed; -layout keeps the margin boxes on their own lines.
    const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    if (texts.at(-1)?.trim() === '') texts.pop();
    execFileSync('pdftoppm', ['-r', '70', '-png', file, path.join(dir, 'page')]);
    const pictures = readdirSync(dir)
      .filter((f) => f.startsWith('page') && f.endsWith('.png'))
      .sort()
      .map((f) => path.join(dir, f));
    return { file, texts, pictures };
  }

  /** The share of dark pixels on a page (a blank page gives 0), from a small greyscale rendering. */
  static inkOn(file: string, pageNumber: number): number {
    const pgm = execFileSync('pdftoppm', [
      '-r',
      '20',
      '-gray',
      '-f',
      `${pageNumber}`,
      '-l',
      `${pageNumber}`,
      file,
    ]);
    // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('pdftoppm gave no PGM');
    const pixels = pgm.subarray(header[0].length);
    let dark = 0;
    for (const p of pixels) if (p < 128) dark++;
    return dark / pixels.length;
  }

  static bytesOf(file: string): Buffer {
    return readFileSync(file);
  }
}
