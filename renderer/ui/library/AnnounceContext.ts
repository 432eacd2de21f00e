import { createContext } from 'react';

/** Puts a short message in the page's polite live region (copied, saved, imported…). */
export type Announce = (message: string, tone?: 'status' | 'error') => void;

export const AnnounceContext = createContext<Announce>(() => undefined);
