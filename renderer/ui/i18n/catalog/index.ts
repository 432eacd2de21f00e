import { backup } from './backup';
import { cases } from './cases';
import { content } from './content';
import { courtFile } from './courtFile';
import { dates } from './dates';
import { directory } from './directory';
import { library } from './library';
import { office } from './office';
import { pages } from './pages';
import { screening } from './screening';
import { search } from './search';
import { shell } from './shell';
import { training } from './training';
import { statistics } from './statistics';
import { trust } from './trust';
import { vault } from './vault';
import { workshop } from './workshop';

/** Every namespace of UI strings. Add a namespace here when a feature brings its own file. */
export const catalog = {
  shell,
  pages,
  content,
  library,
  screening,
  vault,
  directory,
  search,
  cases,
  backup,
  trust,
  dates,
  office,
  courtFile,
  training,
  workshop,
  statistics,
};

export type Catalog = typeof catalog;
export type Namespace = keyof Catalog;
export type MessageKey = {
  [N in Namespace]: `${N}.${Extract<keyof Catalog[N]['fr'], string>}`;
}[Namespace];
