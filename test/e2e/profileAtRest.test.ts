// Issue 18, point 7: the whole Chromium profile folder, not only IndexedDB. Every case, person,
// screening and referral field gets its own sentinel, typed in real Chromium on a persistent profile;
// the notebook is locked, the browser closed, and every file of the profile folder (IndexedDB's
// leveldb, Local Storage, Session Storage, Sessions, History, 'Web Data' form history, caches…) is
// searched for each sentinel in UTF-8 and UTF-16, and for the attachment's bytes and their base64.
// A control field outside the app, typed and submitted the same way, must be found in 'Web Data':
// it proves this Chromium keeps form history here, so the search would see a leak.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CasesPage } from './pages/casesPage';
import { ScreeningPage } from './pages/screeningPage';
import { ShellPage } from './pages/shellPage';
import { VaultPage } from './pages/vaultPage';
import { chromiumPath, useBrowserApp } from './support/browserApp';
import { fr } from './support/words';

const app = useBrowserApp();

const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
const YEAR = new Date().getFullYear();
const PREFIX = 'QZXW';
const NUMBER = `${PREFIX}-${YEAR}-0001`;

/** One sentinel per field: long enough that no file holds it by chance, each unique. */
const S = {
  territory: 'Terrqzxaterritoire',
  site: 'Siteqzxbpuits',
  lat: '-1.98765432',
  lon: '28.87654321',
  summary: 'Resumeqzxc le chef de chantier retient les cartes',
  code: 'CQZXD7',
  initials: 'IQZXE',
  nationality: 'Natqzxfnationalite',
  languages: 'Langqzxglangues',
  phone: '0971234589',
  phoneDigits: '971234589',
  phone2: '0812345978',
  phone2Digits: '812345978',
  email: 'courrielqzxh@exemple.cd',
  contactNote: 'Joindreqzxi par le pasteur',
  interviewer: 'Enqueteurqzxj OPJ',
  indicatorNote: 'Repereqzxk dort au puits',
  organisation: 'Orgaqzxlservice',
  actor: 'Acteurqzxmcontact',
  reason: 'Motifqzxn prise en charge',
  note: 'Noteqzxo entendue au marche',
  task: 'Tacheqzxp rappeler la DIVAS',
  attachmentText: 'Pieceqzxq contenu du proces-verbal',
} as const;

const CONTROL = 'Controleqzxr historique du navigateur';

/** A one-page PDF whose body carries a sentinel (the notebook accepts it as a PDF). */
const ATTACHMENT = new TextEncoder().encode(
  `%PDF-1.4\n%${S.attachmentText}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
);

function utf16le(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/**
 * The bytes as base64 wherever they start in a larger base64 text: one needle per alignment (the
 * inner characters that do not depend on the bytes around them).
 */
function base64Needles(bytes: Uint8Array): Buffer[] {
  return [0, 1, 2].map((skip) => {
    const encoded = Buffer.from(bytes.subarray(skip)).toString('base64');
    return Buffer.from(encoded.slice(0, Math.floor((bytes.length - skip) / 3) * 4));
  });
}

/** needle label → files (relative to the profile) that contain it. */
function search(profile: string, needles: Record<string, Buffer[]>): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of filesUnder(profile)) {
    if (statSync(file).size > 200 * 1024 * 1024) continue;
    const bytes = readFileSync(file);
    for (const [label, forms] of Object.entries(needles)) {
      if (forms.some((form) => bytes.includes(form)))
        (found[label] ??= []).push(path.relative(profile, file));
    }
  }
  return found;
}

describe('nothing of a case in the browser profile folder', () => {
  it('fills every field with a sentinel, locks, closes Chromium and finds none of them on disk', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'dalili-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1366, height: 768 },
      locale: 'fr-FR',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));

      // The control: an ordinary form on the same origin, typed and submitted.
      await context.route(`${app.url}control*`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><form method="get" action="control-done"><input name="controlfield" id="c"><button>OK</button></form>',
        }),
      );
      await page.goto(`${app.url}control`);
      await page.locator('#c').pressSequentially(CONTROL);
      await Promise.all([page.waitForURL(/control-done/), page.getByRole('button', { name: 'OK' }).click()]);

      const vault = new VaultPage(page, app);
      const cases = new CasesPage(page, app);
      const shell = new ShellPage(page, app);
      const screening = new ScreeningPage(page, app);
      await vault.createNotebook({ name: 'Bureau Profil', passphrase: PASSPHRASE });

      // The case: every field.
      await cases.startCase();
      await cases.fillCase({
        prefix: PREFIX,
        openedOn: `${YEAR}-01-02`,
        incidentOn: `${YEAR}-01-01`,
        province: 'Sud-Kivu',
        territory: S.territory,
        place: S.site,
        lat: S.lat,
        lon: S.lon,
        summary: S.summary,
      });
      await cases.submitCase();
      await cases.caseHeading(NUMBER).waitFor();

      // A person: every field, contact details with consent.
      await cases.startPerson();
      await page.locator('#person-code').fill(S.code);
      await cases.fillPerson({ initials: S.initials, age: '16', sex: 'f', child: true });
      await page.locator('#person-nationality').fill(S.nationality);
      await cases.field('cases.person.languages').fill(S.languages);
      await cases.field('cases.person.consent').check();
      await page.locator('#person-phone').fill(S.phone);
      await cases.field('cases.person.phone2').fill(S.phone2);
      await cases.field('cases.person.email').fill(S.email);
      await cases.field('cases.person.contactNote').fill(S.contactNote);
      await cases.savePerson(S.code);

      // A screening in the case: interviewer and a note on an indicator.
      await cases.openSection('cases.section.screenings');
      await screening.startInCase();
      await screening.interviewerField.fill(S.interviewer);
      await screening.markFirstPresent(1);
      await page.locator('[data-indicator] textarea').first().fill(S.indicatorNote);
      await screening.saveInCase();
      await page.getByText(S.interviewer).waitFor();

      // A referral: every field, with consent.
      await cases.startReferral();
      await cases.fillReferral({
        organisation: S.organisation,
        reason: S.reason,
        consent: true,
        consentMode: 'oral',
        share: ['cases.shared.code'],
        date: `${YEAR}-01-05`,
        followUpOn: `${YEAR}-01-20`,
      });
      await cases.field('cases.referral.actor').fill(S.actor);
      await cases.saveReferral();
      await page.getByText(S.organisation).first().waitFor();

      // A note, a task and an attachment.
      await cases.addNote(S.note);
      await page.getByText(S.note).waitFor();
      await cases.addTask(S.task, `${YEAR}-02-01`);
      await page.getByText(S.task).first().waitFor();
      await cases.openSection('cases.section.attachments');
      await cases.attach('pv-qzxs.pdf', ATTACHMENT);
      await page.getByText(fr('cases.attachments.added')).waitFor({ timeout: 60_000 });

      await shell.lockWithShortcut();
      await page.getByText(fr('vault.lock.reason.user')).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }

    const text = (s: string) => [Buffer.from(s, 'utf8'), utf16le(s)];
    const needles: Record<string, Buffer[]> = {
      number: text(NUMBER),
      territory: text(S.territory),
      site: text(S.site),
      lat: text(S.lat),
      lon: text(S.lon),
      summary: text(S.summary),
      code: text(S.code),
      initials: text(S.initials),
      nationality: text(S.nationality),
      languages: text(S.languages),
      phone: text(S.phoneDigits),
      phone2: text(S.phone2Digits),
      email: text(S.email),
      contactNote: text(S.contactNote),
      interviewer: text(S.interviewer),
      indicatorNote: text(S.indicatorNote),
      organisation: text(S.organisation),
      actor: text(S.actor),
      reason: text(S.reason),
      note: text(S.note),
      task: text(S.task),
      attachmentName: text('pv-qzxs'),
      attachmentBytes: [Buffer.from(ATTACHMENT), Buffer.from(S.attachmentText)],
      attachmentBase64: base64Needles(ATTACHMENT),
      control: text(CONTROL),
    };
    const found = search(profile, needles);
    try {
      // The control proves the search sees Chromium's form history ('Web Data').
      expect(found.control ?? []).toContain('Default/Web Data');
      const leaks = Object.fromEntries(Object.entries(found).filter(([label]) => label !== 'control'));
      expect(leaks).toEqual({});
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 300_000);
});
