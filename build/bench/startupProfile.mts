import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../webServer';
import { CHROMIUM_ARGS, chromiumPath } from '../chromiumLaunch';

// One cold start under Chromium's CPU profiler (CDP), from navigation to the library's list shown and the
// search index opened: prints the functions with the most self time, grouped by script, and writes the
// .cpuprofile (open it in Chromium's DevTools, Performance panel) to PROFILE_OUT or test-output/.
// A tool to see where start-up time goes, not a figure: run bench:startup for those.

const repo = path.resolve(import.meta.dirname, '../..');
const out = process.env.PROFILE_OUT ?? path.join(repo, 'test-output/startup.cpuprofile');
const server = await startStaticServer(path.join(repo, 'out/web'));
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.url, { waitUntil: 'commit' });
  const firstPage = await page.waitForFunction(
    () => (document.querySelector('.doc-list a') ? performance.now() : false),
    undefined,
    {
      polling: 'raf',
      timeout: 60_000,
    },
  );
  console.log('première page utilisable à %s ms', Number(await firstPage.jsonValue()).toFixed(0));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(profile));
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonyme)'} ${url ? path.basename(url) : ''}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byScript = new Map<string, number>();
  for (const [key, ms] of self) {
    const script = key.split(' ')[1]?.split(':')[0] || '(natif)';
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  }
  console.log('\ntemps propre par script (ms):');
  for (const [k, ms] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log('  %s  %s', ms.toFixed(0).padStart(6), k);
  console.log('\nfonctions (ms):');
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log('  %s  %s', ms.toFixed(0).padStart(6), k);
  console.log('\nprofil : %s', out);
} finally {
  await browser.close();
  await server.close();
}
