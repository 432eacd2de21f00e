import { type EditsStore, openEditsStore, openPublisherKey, type PublisherSigner } from '../../core/workshop';

/** An open workshop: the publisher's signer (secret key in memory only) and the decrypted edits. */
export interface WorkshopSession {
  signer: PublisherSigner;
  store: EditsStore;
  /** Forgets the secret key and the decrypted edits. */
  close(): void;
}

/**
 * The key is checked first: only a passphrase that opens the publisher key may open (or create) the
 * encrypted edits, so a mistyped passphrase never starts a second store.
 */
export async function openWorkshopSession(
  fileBytes: Uint8Array,
  passphrase: string,
): Promise<WorkshopSession> {
  const signer = await openPublisherKey(fileBytes, passphrase);
  let store: EditsStore;
  try {
    store = await openEditsStore(passphrase);
  } catch (error) {
    signer.forget();
    throw error;
  }
  return {
    signer,
    store,
    close() {
      signer.forget();
      store.close();
    },
  };
}
