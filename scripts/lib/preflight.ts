import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, defaultExtensionDir } from './paths';

/** Throws unless an executable Chromium is where the suite expects it. The suite never skips. */
export function assertChromium(executable = chromiumPath()): string {
  try {
    accessSync(executable, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${executable}: install it with \`apt-get install -y chromium\` (the tests never skip)` +
        ' or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  return executable;
}

interface Manifest {
  default_locale?: string;
  background?: { service_worker?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  storage?: { managed_schema?: string };
  icons?: Record<string, string>;
  action?: { default_popup?: string; default_icon?: string | Record<string, string> };
  options_ui?: { page?: string };
  options_page?: string;
}

/** Files the manifest names that the build lacks. Chromium refuses such a build without saying why. */
export function missingManifestFiles(extensionDir: string): string[] {
  const m = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;
  const icon = m.action?.default_icon;
  const named = [
    m.background?.service_worker,
    ...(m.content_scripts ?? []).flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]),
    m.storage?.managed_schema,
    ...Object.values(m.icons ?? {}),
    ...(typeof icon === 'string' ? [icon] : Object.values(icon ?? {})),
    m.action?.default_popup,
    m.options_ui?.page,
    m.options_page,
    m.default_locale && `_locales/${m.default_locale}/messages.json`,
  ];
  return named.filter((f): f is string => !!f && !existsSync(path.join(extensionDir, f)));
}

/** Throws unless the extension build has a manifest and every file it names. */
export function assertBuild(extensionDir = defaultExtensionDir()): string {
  const manifest = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`Extension build missing: ${manifest} does not exist; run npm run build first.`);
  }
  const missing = missingManifestFiles(extensionDir);
  if (missing.length > 0) {
    throw new Error(
      `Extension build incomplete: ${manifest} names files the build lacks (${missing.join(', ')}); ` +
        'Chromium will not load it. Fix the build and run npm run build again.',
    );
  }
  return extensionDir;
}
