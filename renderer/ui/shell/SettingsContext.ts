import { createContext } from 'react';
import { DEFAULT_SETTINGS, type LocalSettings } from '../settings/localSettings';

export interface SettingsState {
  settings: LocalSettings;
  update: (patch: Partial<LocalSettings>) => void;
}

export const SettingsContext = createContext<SettingsState>({
  settings: DEFAULT_SETTINGS,
  update: () => undefined,
});
