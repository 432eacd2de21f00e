import type { Locator, Page } from 'playwright-core';
import type { BrowserApp } from '../support/browserApp';
import { fr, type Key } from '../support/words';

/** A new case's form, in the words of its labels; only what is given is typed. */
export interface CaseFields {
  prefix?: string;
  openedOn?: string;
  incidentOn?: string;
  province?: string;
  territory?: string;
  place?: string;
  lat?: string;
  lon?: string;
  summary?: string;
}

export interface PersonFields {
  initials: string;
  age?: string;
  sex?: 'f' | 'm';
  child?: boolean;
}

/** What a referral form is filled with; the shared items are the labels' keys ticked. */
export interface ReferralFields {
  contact?: string;
  organisation?: string;
  reason?: string;
  consent?: boolean;
  consentMode?: string;
  share?: Key[];
  date?: string;
  followUpOn?: string;
  /** Ticks "also set the case to Orienté" (offered only with consent, for a new referral). */
  markOriented?: boolean;
}

const CASE_LABELS: Record<keyof CaseFields, Key> = {
  prefix: 'cases.form.prefix',
  openedOn: 'cases.form.openedOn',
  incidentOn: 'cases.form.incidentOn',
  province: 'cases.form.province',
  territory: 'cases.form.territory',
  place: 'cases.form.site',
  lat: 'cases.form.lat',
  lon: 'cases.form.lon',
  summary: 'cases.form.summary',
};

/** The case notebook once open: the list, a case's sections and what a person records in them. */
export class CasesPage {
  constructor(
    readonly page: Page,
    private readonly app: BrowserApp,
  ) {}

  field(key: Key, exact = false): Locator {
    return this.page.getByLabel(fr(key), { exact });
  }

  button(key: Key, params?: Parameters<typeof fr>[1]): Locator {
    return this.page.getByRole('button', { name: fr(key, params) });
  }

  get newCaseButton(): Locator {
    return this.button('cases.list.new');
  }

  /** Opens the form of a new case. */
  async startCase(): Promise<void> {
    await this.newCaseButton.click();
  }

  async fillCase(fields: CaseFields): Promise<void> {
    for (const [name, value] of Object.entries(fields) as [keyof CaseFields, string][]) {
      await this.field(CASE_LABELS[name]).fill(value);
    }
  }

  /** « Créer le dossier », whatever the form holds. */
  async submitCase(): Promise<void> {
    await this.button('cases.form.create').click();
  }

  /** A new case from the list: the form filled, created, and the case open on its number. */
  async createCase(fields: CaseFields, number?: string): Promise<void> {
    await this.startCase();
    await this.fillCase(fields);
    await this.submitCase();
    if (number) await this.caseHeading(number).waitFor();
  }

  caseHeading(number: string): Locator {
    return this.page.getByRole('heading', { name: number });
  }

  /** A case in the list, by its number. */
  caseInList(number: string): Locator {
    return this.page.getByRole('button', { name: number });
  }

  /** Goes to « Dossiers » and opens a case by its number. */
  async openCase(number: string): Promise<void> {
    await this.page.goto(`${this.app.url}#/dossiers`);
    await this.caseInList(number).click();
    await this.caseHeading(number).waitFor();
  }

  async backToList(): Promise<void> {
    await this.button('cases.view.back').click();
  }

  /** A section of the open case (Personnes, Notes…) in its own menu. */
  section(key: Key): Locator {
    return this.page
      .getByRole('navigation', { name: fr('cases.view.sections') })
      .getByRole('button', { name: fr(key), exact: true });
  }

  async openSection(key: Key): Promise<void> {
    await this.section(key).click();
  }

  /** « Ajouter une personne »: the form opens with the next code. */
  async startPerson(): Promise<void> {
    await this.openSection('cases.section.persons');
    await this.button('cases.persons.add').click();
  }

  async fillPerson({ initials, age, sex, child }: PersonFields): Promise<void> {
    await this.field('cases.person.initials').fill(initials);
    if (age !== undefined) await this.field('cases.person.age').fill(age);
    if (child) await this.page.getByLabel(fr('cases.vuln.child'), { exact: true }).check();
    if (sex) await this.field('cases.person.sex').selectOption(sex);
  }

  async savePerson(code: string): Promise<void> {
    await this.button('cases.person.save').click();
    await this.page.getByText(code, { exact: true }).waitFor();
  }

  /** Adds a person to the open case and waits for the code the notebook gave. */
  async addPerson(person: PersonFields, code = 'V-01'): Promise<void> {
    await this.startPerson();
    await this.fillPerson(person);
    await this.savePerson(code);
  }

  /** « Nouvelle orientation » in the open case's Orientations. */
  async startReferral(): Promise<void> {
    await this.openSection('cases.section.referrals');
    await this.button('cases.referrals.add').click();
  }

  async fillReferral(r: ReferralFields): Promise<void> {
    if (r.contact) await this.field('cases.referral.contact').selectOption({ label: r.contact });
    if (r.organisation) await this.field('cases.referral.organisation').fill(r.organisation);
    if (r.reason) await this.page.locator('#referral-reason').fill(r.reason);
    if (r.consent) await this.field('cases.referral.consent').check();
    if (r.consentMode) await this.field('cases.referral.consentMode').selectOption(r.consentMode);
    for (const item of r.share ?? []) await this.page.getByLabel(fr(item), { exact: true }).check();
    if (r.date) await this.field('cases.referral.date').fill(r.date);
    if (r.followUpOn) await this.field('cases.referral.followUpOn').fill(r.followUpOn);
    if (r.markOriented) await this.field('cases.referral.markOriented').check();
  }

  async saveReferral(): Promise<void> {
    await this.button('cases.referral.save').click();
  }

  /** Opens the fiche de référence of the referral shown and returns its sheet. */
  async printReferral(): Promise<Locator> {
    await this.button('cases.referral.print').click();
    const sheet = this.referralSheet;
    await sheet.waitFor();
    return sheet;
  }

  get referralSheet(): Locator {
    return this.page.locator('.case-sheet');
  }

  async closeSheet(): Promise<void> {
    await this.button('cases.sheet.close').click();
  }

  get noteField(): Locator {
    return this.field('cases.notes.label');
  }

  /** Writes a note in the open case's Notes and saves it. */
  async addNote(text: string): Promise<void> {
    await this.openSection('cases.section.notes');
    await this.noteField.fill(text);
    await this.button('cases.notes.add').click();
  }

  /** A saved note, by some of its words. */
  note(words: string): Locator {
    return this.page.locator('.case-note-body', { hasText: words });
  }

  async addTask(title: string, due: string): Promise<void> {
    await this.page.locator('#task-title').fill(title);
    await this.page.locator('#task-due').fill(due);
    await this.button('cases.tasks.add').click();
  }

  /** « Ajouter une pièce jointe » and a file chosen in the dialog. */
  async attach(name: string, bytes: Uint8Array): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('cases.attachments.add').click();
    await (
      await chooser
    ).setFiles(
      { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) },
      { timeout: 90_000 },
    );
  }

  /** Saves an attachment back to a file; returns the downloaded file's path. */
  async saveAttachment(name: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `${fr('cases.attachments.save')} : ${name}` }).click();
    return (await download).path();
  }

  /** Changes the case's status on a date (dd/mm/yyyy or yyyy-mm-dd as typed). */
  async changeStatus(status: string, on: string): Promise<void> {
    await this.field('cases.status.new').selectOption(status);
    await this.field('cases.status.on').fill(on);
    await this.button('cases.status.apply').click();
  }

  /** The open case's status, as its header shows it. */
  statusShown(key: Key): Locator {
    return this.page.locator('.case-head').getByText(fr(key));
  }

  /** Types in the list's search (note text, accents optional). */
  async searchCases(text: string): Promise<void> {
    await this.field('cases.filter.search').fill(text);
  }

  listCount(shown: number, total: number): Locator {
    return this.page.getByText(fr('cases.list.count', { shown, total }));
  }
}
