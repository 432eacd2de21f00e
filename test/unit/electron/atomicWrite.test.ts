import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  isTemporaryName,
  sweepTemporaryFiles,
  temporaryPathFor,
  writeFileAtomic,
} from '../../../electron/main/atomicWrite';
import {
  createBridgeHandlers,
  openDialogOptions,
  saveDialogOptions,
} from '../../../electron/main/bridgeHandlers';
import { FileHandles, MAX_OPEN_FILE_HANDLES } from '../../../electron/main/fileHandles';
import { PendingWrites, sweepLeftovers } from '../../../electron/main/pendingWrites';

vi.mock('electron', () => ({}));

const tmp = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));
const text = (s: string) => new TextEncoder().encode(s);

describe('atomic writes from main', () => {
  it('replaces the target whole and leaves nothing beside it', async () => {
    const dir = tmp('dalili-atomic-');
    const target = path.join(dir, 'annuaire.json');
    writeFileSync(target, 'ancien');
    await writeFileAtomic(target, text('nouveau'));
    expect(readFileSync(target, 'utf8')).toBe('nouveau');
    expect(readdirSync(dir)).toEqual(['annuaire.json']);
  });

  it('uses a random temporary name beside the target, created exclusively', () => {
    const a = temporaryPathFor('/x/dalili.dalili-backup');
    const b = temporaryPathFor('/x/dalili.dalili-backup');
    expect(a).not.toBe(b);
    expect(path.dirname(a)).toBe('/x');
    expect(isTemporaryName(path.basename(a))).toBe(true);
    expect(isTemporaryName('dalili.dalili-backup')).toBe(false);
  });

  it('on failure keeps the old file and removes its temporary file', async () => {
    const dir = tmp('dalili-atomic-');
    const target = path.join(dir, 'sub');
    // A folder in the target's place: the rename fails after the temporary file was written.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(target, 'inner'), { recursive: true });
    await expect(writeFileAtomic(target, text('x'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['sub']);
  });

  // root ignores folder permissions, so the failure cannot be provoked that way there.
  it.skipIf(process.getuid?.() === 0)(
    'fails cleanly in a folder it cannot write, leaving no temporary file listed',
    async () => {
      const dir = tmp('dalili-atomic-');
      chmodSync(dir, 0o500);
      const pending = new PendingWrites(tmp('dalili-data-'));
      const remove = vi.spyOn(pending, 'remove');
      await expect(writeFileAtomic(path.join(dir, 'a.json'), text('x'), pending)).rejects.toThrow();
      expect(remove).toHaveBeenCalledTimes(1);
      chmodSync(dir, 0o700);
    },
  );

  it('sweeps leftovers listed by an interrupted session, only files named as ours', async () => {
    const data = tmp('dalili-data-');
    const saves = tmp('dalili-saves-');
    const ours = path.join(saves, '.rapport.pdf.00112233aabbccdd.dalili-tmp');
    writeFileSync(ours, 'moitié');
    writeFileSync(path.join(saves, 'rapport.pdf'), 'complet');
    writeFileSync(path.join(saves, '.autre.tmp'), 'pas à nous');
    writeFileSync(path.join(data, '.pending-writes.json.ffeeddccbbaa9988.dalili-tmp'), '[');
    writeFileSync(path.join(data, 'pending-writes.json'), JSON.stringify([ours, '/etc/passwd']));
    expect(await sweepLeftovers(data)).toBe(2);
    expect(readdirSync(saves).sort()).toEqual(['.autre.tmp', 'rapport.pdf']);
    expect(readFileSync(path.join(data, 'pending-writes.json'), 'utf8')).toBe('[]');
    expect(await sweepTemporaryFiles(path.join(data, 'absent'))).toBe(0);
  });

  it('lists a save’s temporary file while it exists, and forgets it after', async () => {
    const data = tmp('dalili-data-');
    const saves = tmp('dalili-saves-');
    const pending = new PendingWrites(data);
    const files = new FileHandles(pending);
    const handle = await files.beginSave(1, path.join(saves, 'b.dalili-backup'));
    const listed = JSON.parse(readFileSync(path.join(data, 'pending-writes.json'), 'utf8')) as string[];
    expect(listed).toHaveLength(1);
    expect(existsSync(listed[0]!)).toBe(true);
    await files.write(1, handle, text('tout'));
    await files.commit(1, handle);
    expect(JSON.parse(readFileSync(path.join(data, 'pending-writes.json'), 'utf8'))).toEqual([]);
    expect(readdirSync(saves)).toEqual(['b.dalili-backup']);
  });
});

describe('chunked files in main', () => {
  it('enforces a total-size cap on a save and drops the unfinished file', async () => {
    const dir = tmp('dalili-cap-');
    const files = new FileHandles(undefined, 10);
    const handle = await files.beginSave(1, path.join(dir, 'c.dalili-backup'));
    expect(await files.write(1, handle, text('123456'))).toBe(6);
    await expect(files.write(1, handle, text('78901'))).rejects.toThrow('bridge-file-too-large');
    expect(readdirSync(dir)).toEqual([]);
    await expect(files.write(1, handle, text('x'))).rejects.toThrow('bridge-unknown-handle');
  });

  it('cannot be raced past the open-file limit by begins in parallel', async () => {
    const dir = tmp('dalili-race-');
    const files = new FileHandles();
    const begins = Array.from({ length: MAX_OPEN_FILE_HANDLES + 5 }, (_, i) =>
      files.beginSave(1, path.join(dir, `f${i}.dalili-backup`)),
    );
    const results = await Promise.allSettled(begins);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_OPEN_FILE_HANDLES);
    expect(results.filter((r) => r.status === 'rejected').map((r) => r.reason.message)).toEqual(
      Array(5).fill('bridge-too-many-handles'),
    );
    expect(files.openCount).toBe(MAX_OPEN_FILE_HANDLES);
    await files.closeAllOf(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('allows one read or write in flight per handle', async () => {
    const dir = tmp('dalili-busy-');
    const files = new FileHandles();
    const save = await files.beginSave(1, path.join(dir, 'd.dalili-backup'));
    const first = files.write(1, save, new Uint8Array(1024 * 1024));
    await expect(files.write(1, save, text('x'))).rejects.toThrow('bridge-handle-busy');
    await expect(files.commit(1, save)).rejects.toThrow('bridge-handle-busy');
    await first;
    await files.commit(1, save);
    expect(readFileSync(path.join(dir, 'd.dalili-backup')).length).toBe(1024 * 1024);

    const read = await files.beginRead(1, path.join(dir, 'd.dalili-backup'), 2 * 1024 * 1024);
    if (read === 'too-large') throw new Error('unexpected');
    const pending = files.read(1, read.handle, 0, 1024 * 1024);
    await expect(files.read(1, read.handle, 0, 10)).rejects.toThrow('bridge-handle-busy');
    expect((await pending).length).toBe(1024 * 1024);
    // Closing while a read runs waits for it, then closes.
    const again = files.read(1, read.handle, 0, 10);
    await files.close(1, read.handle);
    expect((await again).length).toBe(10);
  });
});

describe('file dialogs', () => {
  it('never add Dalili files to recent items, and ask before overwriting', async () => {
    expect(saveDialogOptions('a.pdf', []).properties).toEqual(
      expect.arrayContaining(['showOverwriteConfirmation', 'dontAddToRecent']),
    );
    expect(openDialogOptions([]).properties).toEqual(expect.arrayContaining(['openFile', 'dontAddToRecent']));
    const showSaveDialog = vi.fn().mockResolvedValue({ canceled: true });
    const showOpenDialog = vi.fn().mockResolvedValue({ canceled: true, filePaths: [] });
    const handlers = createBridgeHandlers({
      dialog: { showSaveDialog, showOpenDialog },
      getWindow: () => null,
      appInfo: () => ({
        appVersion: '1',
        electronVersion: '',
        platform: 'linux',
        dataLocation: { kind: 'browser-storage' },
        portable: false,
      }),
    });
    const event = { sender: { id: 1, once: () => undefined } } as never;
    await handlers['file:save']({ suggestedName: 'a.pdf', data: text('x'), filters: [] }, event);
    await handlers['file:save-begin']({ suggestedName: 'b.dalili-backup', filters: [] }, event);
    await handlers['file:open']({ filters: [], maxBytes: 10 }, event);
    await handlers['file:open-begin']({ filters: [], maxBytes: 10 }, event);
    for (const call of [...showSaveDialog.mock.calls, ...showOpenDialog.mock.calls]) {
      expect((call.at(-1) as { properties: string[] }).properties).toContain('dontAddToRecent');
    }
    for (const call of showSaveDialog.mock.calls)
      expect((call.at(-1) as { properties: string[] }).properties).toContain('showOverwriteConfirmation');
    expect(showSaveDialog).toHaveBeenCalledTimes(2);
    expect(showOpenDialog).toHaveBeenCalledTimes(2);
  });
});
