/**
 * Finds and launches a Chromium for end-to-end specs, screenshots, benchmarks, audits and icons.
 * The search is a pure function over what it is given (which files exist, the platform, the
 * environment), so every platform's rules are unit-tested on any machine. Order: CHROMIUM_PATH;
 * a system Chromium or Chrome at its usual place or on PATH; Playwright's own Chromium if it is
 * installed. Only the end-to-end global setup goes further and downloads Playwright's Chromium
 * (installPlaywrightChromium), once; everything else stops with a message saying how to get one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, posix, win32 } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The command that downloads Playwright's Chromium, as a person would type it. */
export const PLAYWRIGHT_INSTALL_COMMAND = 'npx playwright-core install chromium';

/** Where to look, handed in so tests can stand in for any machine. */
export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
  /** Where Playwright's own Chromium lives once installed (its registry knows), or null. */
  playwrightPath: string | null;
}

export type BrowserFound =
  | { kind: 'found'; path: string; from: 'CHROMIUM_PATH' | 'system' | 'PATH' | 'playwright' }
  /** CHROMIUM_PATH names a file that is not there: a mistake to report, not to search around. */
  | { kind: 'bad-env'; path: string }
  | { kind: 'none' };

const LINUX_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];
const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
];
const WINDOWS_APPS = [
  'Google\\Chrome\\Application\\chrome.exe',
  'Chromium\\Application\\chrome.exe',
];
const UNIX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const WINDOWS_NAMES = ['chrome.exe', 'chromium.exe'];

/** The usual install locations of Chromium and Chrome on a platform, most likely first. */
export function systemBrowserPaths(platform: NodeJS.Platform, env: BrowserSearch['env']): string[] {
  if (platform === 'darwin') {
    const roots = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => MAC_APPS.map((app) => posix.join(root, app)));
  }
  if (platform === 'win32') {
    // Environment names are case-insensitive on Windows; a copied env object is not.
    const read = (name: string) =>
      Object.entries(env).find(([k]) => k.toUpperCase() === name)?.[1] ?? undefined;
    const roots = ['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA'].flatMap(
      (name) => read(name) ?? [],
    );
    return roots.flatMap((root) => WINDOWS_APPS.map((app) => win32.join(root, app)));
  }
  return LINUX_PATHS;
}

/** `which` for each browser name: every directory of PATH, in order, then each name. */
export function pathBrowserCandidates(
  platform: NodeJS.Platform,
  env: BrowserSearch['env'],
): string[] {
  const windows = platform === 'win32';
  const pathValue = windows
    ? Object.entries(env).find(([k]) => k.toUpperCase() === 'PATH')?.[1]
    : env.PATH;
  const dirs = (pathValue ?? '').split(windows ? ';' : ':').filter(Boolean);
  const names = windows ? WINDOWS_NAMES : UNIX_NAMES;
  const join = windows ? win32.join : posix.join;
  return dirs.flatMap((dir) => names.map((name) => join(dir, name)));
}

/** The first browser that exists, in the order the module comment gives. */
export function findChromium({
  platform,
  env,
  exists,
  playwrightPath,
}: BrowserSearch): BrowserFound {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    return exists(fromEnv)
      ? { kind: 'found', path: fromEnv, from: 'CHROMIUM_PATH' }
      : { kind: 'bad-env', path: fromEnv };
  }
  const system = systemBrowserPaths(platform, env).find(exists);
  if (system) return { kind: 'found', path: system, from: 'system' };
  const onPath = pathBrowserCandidates(platform, env).find(exists);
  if (onPath) return { kind: 'found', path: onPath, from: 'PATH' };
  if (playwrightPath && exists(playwrightPath))
    return { kind: 'found', path: playwrightPath, from: 'playwright' };
  return { kind: 'none' };
}

/** The command that installs a system browser where the user is, for the message when none is found. */
export function installAdvice(platform: NodeJS.Platform): string {
  const system =
    platform === 'darwin'
      ? 'brew install --cask chromium'
      : platform === 'win32'
        ? 'install Google Chrome from https://www.google.com/chrome/'
        : 'sudo apt-get install chromium (Debian/Ubuntu; dnf install chromium on Fedora)';
  return (
    `Install one with: ${system}; or run "${PLAYWRIGHT_INSTALL_COMMAND}" where there is internet; ` +
    'or set CHROMIUM_PATH to a Chromium or Chrome binary.'
  );
}

/** The message for a search that found nothing usable. */
export function notFoundMessage(result: BrowserFound, platform: NodeJS.Platform): string {
  const what =
    result.kind === 'bad-env'
      ? `CHROMIUM_PATH is set to "${result.path}", which does not exist.`
      : "No Chromium or Chrome was found (CHROMIUM_PATH is not set, none at the usual places or on PATH, and Playwright's own Chromium is not installed).";
  return `${what} ${installAdvice(platform)}`;
}

/** Where Playwright's own Chromium is (or would be) installed; null where it cannot say. */
function playwrightChromiumPath(): string | null {
  try {
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/** The search on this machine. */
export function searchThisMachine(): BrowserFound {
  return findChromium({
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    playwrightPath: playwrightChromiumPath(),
  });
}

/** A browser on this machine, or an error that says how to get one. Never downloads. */
export function chromiumPath(): string {
  const found = searchThisMachine();
  if (found.kind === 'found') return found.path;
  throw new Error(notFoundMessage(found, process.platform));
}

/** Runs Playwright's installer for its Chromium, its output shown as it goes; true if it succeeded. */
export function installPlaywrightChromium(): Promise<boolean> {
  // The playwright-core CLI run by this Node directly: the same as the npx command, without
  // depending on npx (or npx.cmd on Windows) being on PATH.
  const cli = `${dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'))}/cli.js`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

export interface EnsureSteps {
  search: () => BrowserFound;
  install: () => Promise<boolean>;
  log: (line: string) => void;
  platform: NodeJS.Platform;
}

const THIS_MACHINE: EnsureSteps = {
  search: searchThisMachine,
  install: installPlaywrightChromium,
  log: (line) => console.log(line),
  platform: process.platform,
};

/**
 * For the end-to-end global setup only (once per run): a browser on this machine, else Playwright's
 * Chromium downloaded now; where the download fails, an error that says how to install one.
 */
export async function ensureChromium(steps: Partial<EnsureSteps> = {}): Promise<string> {
  const { search, install, log, platform } = { ...THIS_MACHINE, ...steps };
  const found = search();
  if (found.kind === 'found') return found.path;
  // A wrong CHROMIUM_PATH is the user's explicit choice: say so rather than download around it.
  if (found.kind === 'bad-env') throw new Error(notFoundMessage(found, platform));
  log(
    `Installing Playwright's Chromium (~150 MB) because no Chromium or Chrome was found… (${PLAYWRIGHT_INSTALL_COMMAND})`,
  );
  const installed = await install();
  const after = search();
  if (installed && after.kind === 'found') return after.path;
  throw new Error(
    `Could not download Playwright's Chromium (no internet, or the download was refused). ${installAdvice(platform)}`,
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
