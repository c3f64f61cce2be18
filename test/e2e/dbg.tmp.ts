import { ensureBuilt, launch, serveDist } from './harness';
import { waitForServiceWorker } from './browser';
ensureBuilt();
const s = await serveDist();
const l = await launch();
const page = await l.context.newPage();
await page.goto(s.url);
await page.getByTestId('data-status').waitFor();
await waitForServiceWorker(page);
console.log('state', await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return [r?.active?.state, r?.installing?.state, r?.waiting?.state, !!navigator.serviceWorker.controller]; }));
await l.context.setOffline(true);
for (let i = 0; i < 4; i++) {
  try { await page.reload(); console.log(i, 'reload ok'); break; } catch (e) { console.log(i, 'reload failed', (e as Error).message.split('\n')[0]); }
  await l.context.setOffline(false); await page.waitForTimeout(2000); await l.context.setOffline(true);
}
await l.close(); await s.close();
