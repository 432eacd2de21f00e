import { createContext } from 'react';
import { createBrowserPlatform } from '../../host/browserPlatform';
import type { Platform } from '../../core/platform';

export const PlatformContext = createContext<Platform>(createBrowserPlatform('0.0.0'));
