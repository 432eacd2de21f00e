import { useEffect, useState, type ReactNode } from 'react';
import { loadBundledPack } from '../../core/content/loadBundledPack';
import type { LoadedPack } from '../../core/content/loadPack';
import { PackError, isPackError } from '../../core/content/packError';
import { ContentContext, type ContentState } from './ContentContext';

export type PackLoader = () => Promise<LoadedPack>;

const defaultLoader: PackLoader = () => loadBundledPack((url, init) => fetch(url, init));

/** Loads and verifies the bundled pack once; nothing from it is shown before the checks pass. */
export function ContentProvider({ children, load = defaultLoader }: { children: ReactNode; load?: PackLoader }) {
  const [state, setState] = useState<ContentState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (pack) => live && setState({ status: 'ready', pack }),
      (error: unknown) => {
        const packError = isPackError(error) ? error : new PackError('malformed', undefined, 'unexpected');
        // The code and part only: never content or key material.
        console.warn('content-pack-refused', packError.code, packError.part ?? '');
        if (live) setState({ status: 'failed', error: packError });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return <ContentContext.Provider value={state}>{children}</ContentContext.Provider>;
}
