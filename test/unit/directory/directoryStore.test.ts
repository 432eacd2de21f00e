import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../renderer/core/directory/contact';
import { openDirectoryStore, type DirectoryStore } from '../../../renderer/core/directory/directoryStore';

const fields = (name: string, phone: string): ContactFields => ({
  name,
  organisation: 'Bureau fictif',
  role: '',
  province: 'Sud-Kivu',
  territory: 'Uvira',
  phone,
  phone2: '',
  email: '',
  notes: '',
});
let store: DirectoryStore;
let dbCount = 0;
const open = () => (store = openDirectoryStore(`directory-test-${(dbCount += 1)}`));

afterEach(() => store?.close());

describe('directory store (Dexie)', () => {
  it('starts empty: no invented entries', async () => {
    expect(await open().list()).toEqual([]);
  });

  it('adds, edits and deletes a contact, and refuses a second copy of the same person and number', async () => {
    const s = open();
    const added = await s.add(fields('Agent Exemple', '+243800000001'));
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(await s.add(fields('agent  exemple', '+243800000001'))).toEqual({
      ok: false,
      reason: 'duplicate',
    });
    expect(
      (await s.update(added.contact.id, { ...fields('Agent Exemple', '+243800000001'), role: 'Permanence' }))
        .ok,
    ).toBe(true);
    expect((await s.list())[0]).toMatchObject({ role: 'Permanence' });
    await s.remove(added.contact.id);
    expect(await s.list()).toEqual([]);
  });

  it('imports new contacts only, counting duplicates, and tells subscribers', async () => {
    const s = open();
    await s.add(fields('Agent Un', '+243800000001'));
    let calls = 0;
    s.subscribe(() => (calls += 1));
    expect(
      await s.importContacts([fields('Agent Un', '+243800000001'), fields('Agent Deux', '+243800000002')]),
    ).toEqual({ added: 1, duplicates: 1 });
    expect((await s.list()).map((c) => c.name)).toEqual(['Agent Deux', 'Agent Un']);
    expect(calls).toBe(1);
  });

  it('imports all or nothing: a failure inside the transaction leaves the directory unchanged', async () => {
    const s = open();
    await s.add(fields('Agent Un', '+243800000001'));
    // A contact that Dexie cannot store (a function is not cloneable) makes bulkAdd throw mid-way.
    const poisoned = { ...fields('Agent Trois', '+243800000003'), notes: (() => 'x') as unknown as string };
    await expect(s.importContacts([fields('Agent Deux', '+243800000002'), poisoned])).rejects.toThrow();
    expect((await s.list()).map((c) => c.name)).toEqual(['Agent Un']);
  });

  it('opens contacts stored before the second number and the e-mail existed, with those empty', async () => {
    const name = `directory-test-${(dbCount += 1)}`;
    // The version-1 shape, written as an older Dalili wrote it.
    const old = new Dexie(name);
    old.version(1).stores({ contacts: 'id, organisation' });
    await old.table('contacts').add({
      id: 'c1',
      updatedAt: '2026-01-01T00:00:00.000Z',
      name: 'Agent Ancien',
      organisation: 'Bureau fictif',
      role: '',
      province: '',
      territory: '',
      phone: '+243800000001',
      notes: '',
    });
    old.close();
    store = openDirectoryStore(name);
    expect(await store.list()).toEqual([
      expect.objectContaining({ name: 'Agent Ancien', phone: '+243800000001', phone2: '', email: '' }),
    ]);
  });
});
