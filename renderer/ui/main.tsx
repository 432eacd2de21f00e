import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DaliliBridge } from '../contract/bridgeContract';
import { getPlatform } from '../host/getPlatform';
import { App } from './App';
import { loadLocalSettings } from './settings/localSettings';
import { preloadFirstPage } from './shell/preloadFirstPage';
import { installLockProbe } from './vault/lockProbe';
import './styles.css';

const platform = getPlatform(window as unknown as { dalili?: DaliliBridge }, __APP_VERSION__);
if (__LOCK_PROBE__) installLockProbe(window);
preloadFirstPage(loadLocalSettings(window.localStorage).language, window.location.hash);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App platform={platform} />
    </StrictMode>,
  );
}
