import { useContext } from 'react';
import type { Platform } from '../../core/platform';
import { PlatformContext } from './PlatformContext';

export function usePlatform(): Platform {
  return useContext(PlatformContext);
}
