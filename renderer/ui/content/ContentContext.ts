import { createContext } from 'react';
import type { LoadedPack, OpenedPack, PackError } from '../../core/content';
import type { StartupPack, TrustState } from '../../core/contentUpdate';

export type ContentState =
  | { status: 'loading' }
  // The chosen pack's signature and documents are checked: the library's list can be shown; the
  // rest (entries, tags, index) is checked when the browser is idle, then the state becomes 'ready'.
  | ({ status: 'opening' } & StartupPack<OpenedPack>)
  | ({ status: 'ready' } & StartupPack)
  | { status: 'failed'; error: PackError };

export interface ContentActions {
  /** Keeps a verified update (its signed bytes) and shows it at once. */
  activateImported(candidate: LoadedPack, bytes: Uint8Array): Promise<void>;
  /** Forgets the imported update and goes back to the pack shipped with the app. */
  revertToBundled(): Promise<LoadedPack>;
  /** Highest version seen here and the revocation lists known, for checking an import. */
  readTrust(): Promise<TrustState>;
}

export const ContentContext = createContext<ContentState>({ status: 'loading' });
export const ContentActionsContext = createContext<ContentActions>({
  activateImported: () => Promise.resolve(),
  revertToBundled: () => Promise.reject(new Error('no content provider')),
  readTrust: () => Promise.resolve({ highestPackVersion: 0, revocations: [] }),
});
