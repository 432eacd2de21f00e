import { content } from './content';
import { pages } from './pages';
import { screening } from './screening';
import { shell } from './shell';

/** Every namespace of UI strings. Add a namespace here when a feature brings its own file. */
export const catalog = { shell, pages, content, screening };

export type Catalog = typeof catalog;
export type Namespace = keyof Catalog;
export type MessageKey = {
  [N in Namespace]: `${N}.${Extract<keyof Catalog[N]['fr'], string>}`;
}[Namespace];
