import { createContext } from 'react';
import type { LoadedPack } from '../../core/content/loadPack';
import type { PackError } from '../../core/content/packError';

export type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; pack: LoadedPack }
  | { status: 'failed'; error: PackError };

export const ContentContext = createContext<ContentState>({ status: 'loading' });
