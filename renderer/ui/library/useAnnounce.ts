import { useContext } from 'react';
import { AnnounceContext, type Announce } from './AnnounceContext';

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
