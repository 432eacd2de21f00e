import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyPage {
  page: LazyExoticComponent<ComponentType>;
  /** Starts loading the page's code without rendering it; the same download serves the first render. */
  preload: () => Promise<unknown>;
}

export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const once = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return { page: lazy(once), preload: once };
}
