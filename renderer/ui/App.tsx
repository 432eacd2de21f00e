import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Platform } from '../core/platform';
import { ContentProvider } from './content/ContentProvider';
import { I18nProvider } from './i18n/I18nProvider';
import { NamespaceGate } from './i18n/NamespaceGate';
import { loadLocalSettings, saveLocalSettings, type LocalSettings } from './settings/localSettings';
import { AppShell } from './shell/AppShell';
import { SHELL_NAMESPACES } from './shell/pageNamespaces';
import { PlatformContext } from './shell/PlatformContext';
import { SettingsContext, type SettingsState } from './shell/SettingsContext';

export function App({ platform }: { platform: Platform }) {
  const [settings, setSettings] = useState<LocalSettings>(() => loadLocalSettings(window.localStorage));
  const update = useCallback((patch: Partial<LocalSettings>) => {
    setSettings((previous) => {
      const next = { ...previous, ...patch };
      saveLocalSettings(window.localStorage, next);
      return next;
    });
  }, []);
  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  const settingsState = useMemo<SettingsState>(() => ({ settings, update }), [settings, update]);
  return (
    <PlatformContext.Provider value={platform}>
      <SettingsContext.Provider value={settingsState}>
        <I18nProvider language={settings.language}>
          <ContentProvider>
            {/* Nothing is drawn until the frame's strings are here (a few kilobytes, preloaded by main.tsx). */}
            <Suspense fallback={null}>
              <NamespaceGate namespaces={SHELL_NAMESPACES}>
                <AppShell />
              </NamespaceGate>
            </Suspense>
          </ContentProvider>
        </I18nProvider>
      </SettingsContext.Provider>
    </PlatformContext.Provider>
  );
}
