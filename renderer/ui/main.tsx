import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DaliliBridge } from '../contract/bridgeContract';
import { getPlatform } from '../host/getPlatform';
import { App } from './App';
import './styles.css';

const platform = getPlatform(window as unknown as { dalili?: DaliliBridge }, __APP_VERSION__);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App platform={platform} />
    </StrictMode>,
  );
}
