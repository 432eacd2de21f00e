import path from 'node:path';
import { startStaticServer } from './webServer';

// `npm run web`: the whole app in a browser, with the browser platform. PORT picks a fixed port.
const root = path.resolve(import.meta.dirname, '../out/web');
const port = Number(process.env.PORT ?? 5180);
const server = await startStaticServer(root, port);
console.log(`Dalili est servi sur ${server.url} (Ctrl+C pour arrêter)`);
