import { describe, expect, it, vi } from 'vitest';
import {
  ensureChromium,
  findChromium,
  installAdvice,
  notFoundMessage,
  pathBrowserCandidates,
  systemBrowserPaths,
} from '../../src/cli/chromium';
import type { BrowserFound, BrowserSearch } from '../../src/cli/chromium';

const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine on which exactly these files exist. */
function machine(
  platform: NodeJS.Platform,
  files: readonly string[],
  env: BrowserSearch['env'] = {},
): BrowserSearch {
  const present = new Set(files);
  return { platform, env, exists: (p) => present.has(p), playwrightPath: PLAYWRIGHT };
}

describe('finding a browser: CHROMIUM_PATH first', () => {
  it('takes CHROMIUM_PATH over a system browser', () => {
    const m = machine('linux', ['/opt/my/chrome', '/usr/bin/chromium'], {
      CHROMIUM_PATH: '/opt/my/chrome',
    });
    expect(findChromium(m)).toEqual({
      kind: 'found',
      path: '/opt/my/chrome',
      from: 'CHROMIUM_PATH',
    });
  });

  it('reports a CHROMIUM_PATH that does not exist instead of quietly using another browser', () => {
    const m = machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/typo/chrome' });
    const result = findChromium(m);
    expect(result).toEqual({ kind: 'bad-env', path: '/typo/chrome' });
    expect(notFoundMessage(result, 'linux')).toContain('CHROMIUM_PATH is set to "/typo/chrome"');
  });
});

describe('finding a browser on Linux', () => {
  it('finds each usual location, in order of preference', () => {
    expect(systemBrowserPaths('linux', {})).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
    ]);
    for (const path of systemBrowserPaths('linux', {}))
      expect(findChromium(machine('linux', [path]))).toEqual({
        kind: 'found',
        path,
        from: 'system',
      });
    expect(
      findChromium(machine('linux', ['/snap/bin/chromium', '/usr/bin/google-chrome'])),
    ).toMatchObject({ path: '/usr/bin/google-chrome' });
  });

  it('looks along PATH like `which`, directory by directory', () => {
    const env = { PATH: '/home/dev/bin:/opt/chrome/bin' };
    const m = machine('linux', ['/opt/chrome/bin/chromium', '/home/dev/bin/google-chrome'], env);
    // The earlier directory wins, whatever the name.
    expect(findChromium(m)).toEqual({
      kind: 'found',
      path: '/home/dev/bin/google-chrome',
      from: 'PATH',
    });
    expect(pathBrowserCandidates('linux', { PATH: '' })).toEqual([]);
    expect(pathBrowserCandidates('linux', {})).toEqual([]);
  });

  it("falls back to Playwright's own Chromium only when it is installed", () => {
    expect(findChromium(machine('linux', [PLAYWRIGHT]))).toEqual({
      kind: 'found',
      path: PLAYWRIGHT,
      from: 'playwright',
    });
    expect(findChromium(machine('linux', []))).toEqual({ kind: 'none' });
    expect(findChromium({ ...machine('linux', []), playwrightPath: null })).toEqual({
      kind: 'none',
    });
  });

  it('says which command installs one', () => {
    const message = notFoundMessage({ kind: 'none' }, 'linux');
    expect(message).toContain('No Chromium or Chrome was found');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('npx playwright-core install chromium');
    expect(message).toContain('CHROMIUM_PATH');
  });
});

describe('finding a browser on macOS', () => {
  it('finds Chrome and Chromium in /Applications and in the user’s Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromiumApp = '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium';
    const env = { HOME: '/Users/ana' };
    expect(systemBrowserPaths('darwin', env)).toEqual([
      chrome,
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      chromiumApp,
    ]);
    expect(findChromium(machine('darwin', [chrome], env))).toMatchObject({ path: chrome });
    expect(findChromium(machine('darwin', [chromiumApp], env))).toMatchObject({
      path: chromiumApp,
      from: 'system',
    });
    // Linux locations mean nothing on a Mac.
    expect(findChromium(machine('darwin', ['/usr/bin/chromium'], env))).toEqual({ kind: 'none' });
  });

  it('finds a Homebrew browser on PATH, and advises brew', () => {
    const env = { PATH: '/opt/homebrew/bin:/usr/bin' };
    expect(findChromium(machine('darwin', ['/opt/homebrew/bin/chromium'], env))).toEqual({
      kind: 'found',
      path: '/opt/homebrew/bin/chromium',
      from: 'PATH',
    });
    expect(installAdvice('darwin')).toContain('brew install --cask chromium');
  });
});

describe('finding a browser on Windows', () => {
  const env = {
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    LocalAppData: 'C:\\Users\\ana\\AppData\\Local',
    Path: 'C:\\Windows;C:\\Tools\\Chromium',
  };

  it('finds Chrome under Program Files, Program Files (x86) and LocalAppData, whatever the case of the names', () => {
    expect(systemBrowserPaths('win32', env)).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Chromium\\Application\\chrome.exe',
      'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\ana\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    ]);
    const perUser = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium(machine('win32', [perUser], env))).toEqual({
      kind: 'found',
      path: perUser,
      from: 'system',
    });
  });

  it('splits PATH at semicolons and looks for chrome.exe', () => {
    expect(findChromium(machine('win32', ['C:\\Tools\\Chromium\\chrome.exe'], env))).toEqual({
      kind: 'found',
      path: 'C:\\Tools\\Chromium\\chrome.exe',
      from: 'PATH',
    });
    expect(systemBrowserPaths('win32', {})).toEqual([]);
  });
});

describe('making sure of a browser before the end-to-end specs', () => {
  const none = (): BrowserFound => ({ kind: 'none' });

  it('uses a browser already there without installing anything', async () => {
    const install = vi.fn(() => Promise.resolve(true));
    const path = await ensureChromium({
      search: () => ({ kind: 'found', path: '/usr/bin/chromium', from: 'system' }),
      install,
      log: () => {},
    });
    expect(path).toBe('/usr/bin/chromium');
    expect(install).not.toHaveBeenCalled();
  });

  it("downloads Playwright's Chromium with a progress line when none is found", async () => {
    let installed = false;
    const lines: string[] = [];
    const path = await ensureChromium({
      search: () => (installed ? { kind: 'found', path: PLAYWRIGHT, from: 'playwright' } : none()),
      install: () => {
        installed = true;
        return Promise.resolve(true);
      },
      log: (line) => lines.push(line),
    });
    expect(path).toBe(PLAYWRIGHT);
    expect(lines).toEqual([
      "Installing Playwright's Chromium (~150 MB) because no Chromium or Chrome was found… (npx playwright-core install chromium)",
    ]);
  });

  it('stops with the install command for the platform when the download fails', async () => {
    const attempt = (platform: NodeJS.Platform) =>
      ensureChromium({
        search: none,
        install: () => Promise.resolve(false),
        log: () => {},
        platform,
      });
    await expect(attempt('linux')).rejects.toThrow(/Could not download.*apt-get install chromium/);
    await expect(attempt('darwin')).rejects.toThrow(/brew install --cask chromium/);
    await expect(attempt('linux')).rejects.toThrow(/set CHROMIUM_PATH/);
  });

  it('does not download around a wrong CHROMIUM_PATH', async () => {
    const install = vi.fn(() => Promise.resolve(true));
    await expect(
      ensureChromium({
        search: () => ({ kind: 'bad-env', path: '/typo' }),
        install,
        log: () => {},
      }),
    ).rejects.toThrow('CHROMIUM_PATH is set to "/typo"');
    expect(install).not.toHaveBeenCalled();
  });
});
