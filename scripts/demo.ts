// `npm start`: Chromium with the built extension on local copies of a few registry sites.
// With a display it opens a window and waits for you to close it; without one it saves screenshots.
import { launchWithExtension, screenshot, waitForPanel } from './lib/browser';

const DEMO_URLS = [
  'https://www.twitch.tv/somechannel',
  'https://www.youtube.com/@somecreator/live',
  'https://www.tiktok.com/@someone',
  'https://www.roblox.com/home',
  'https://discord.com/channels/@me',
];

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';

async function main() {
  const browser = await launchWithExtension({ headless: !headed });
  const saved: string[] = [];
  for (const [i, url] of DEMO_URLS.entries()) {
    const page =
      i === 0
        ? (browser.context.pages()[0] ?? (await browser.context.newPage()))
        : await browser.context.newPage();
    await page.goto(url);
    await waitForPanel(page);
    await page.waitForTimeout(400); // let the panel's short fade-in finish
    if (!headed) saved.push(await screenshot(page, `demo-${new URL(url).hostname}`));
  }
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const guide = await browser.context.newPage();
  await guide.goto(`chrome-extension://${browser.extensionId}/guide.html`);
  if (!headed) {
    saved.push(await screenshot(popup, 'demo-popup'), await screenshot(guide, 'demo-guide'));
    console.log(`No display: saved ${saved.length} screenshots:\n${saved.map((p) => `  ${p}`).join('\n')}`);
    await browser.close();
    return;
  }
  console.log(
    'Chromium is open with Streamwise on local copies of registry sites. Close the window to stop.',
  );
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
