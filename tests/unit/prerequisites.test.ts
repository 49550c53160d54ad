import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHROMIUM,
  DEFAULT_FIREFOX,
  parseVersion,
  prerequisiteMessages,
  type Found,
} from '../../scripts/lib/prerequisites.mjs';

const everything: Found = {
  node: 'v20.19.0',
  npm: '11.0.0',
  chromium: { path: DEFAULT_CHROMIUM, ok: true },
  firefox: { path: DEFAULT_FIREFOX, ok: true },
  openssl: true,
  root: true,
};
const missing = (path: string) => ({ path, ok: false });
/** The lines after the blank one: the commands to run. */
const fixes = (messages: string[]) => messages.slice(messages.indexOf('') + 2).map((line) => line.trim());

describe('prerequisiteMessages', () => {
  it('says nothing when everything is there (CI or not: nothing is skipped)', () => {
    expect(prerequisiteMessages(everything)).toEqual([]);
    expect(prerequisiteMessages({ ...everything, node: 'v24.1.0', npm: '12.0.1' })).toEqual([]);
  });

  it.each<[string, Partial<Found>, string[]]>([
    ['no Firefox ESR', { firefox: missing(DEFAULT_FIREFOX) }, ['apt-get install -y firefox-esr']],
    ['no Chromium', { chromium: missing(DEFAULT_CHROMIUM) }, ['apt-get install -y chromium']],
    ['no openssl', { openssl: false }, ['apt-get install -y openssl']],
    ['npm 10', { npm: '10.9.2' }, ['npm install -g npm@11']],
    [
      'no browsers, no openssl, old npm',
      {
        chromium: missing(DEFAULT_CHROMIUM),
        firefox: missing(DEFAULT_FIREFOX),
        openssl: false,
        npm: '10.8.0',
      },
      ['apt-get install -y chromium firefox-esr openssl', 'npm install -g npm@11'],
    ],
  ])('%s: names the one line that fixes it', (_name, change, commands) => {
    const messages = prerequisiteMessages({ ...everything, ...change });
    expect(messages[0]).toMatch(/^✗ /);
    expect(fixes(messages)).toEqual(commands);
  });

  it('puts sudo in front of apt-get for a user who is not root', () => {
    const messages = prerequisiteMessages({ ...everything, root: false, firefox: missing(DEFAULT_FIREFOX) });
    expect(fixes(messages)).toEqual(['sudo apt-get install -y firefox-esr']);
  });

  it('names where it looked for Firefox ESR', () => {
    const [line] = prerequisiteMessages({ ...everything, firefox: missing(DEFAULT_FIREFOX) });
    expect(line).toBe(
      '✗ Firefox ESR was not found at /usr/bin/firefox-esr: the real-browser tests need it (or set FIREFOX_PATH).',
    );
  });

  it('blames FIREFOX_PATH, not the system, when it points nowhere', () => {
    const messages = prerequisiteMessages({ ...everything, firefox: missing('/opt/ff/firefox') });
    expect(messages).toEqual([
      '✗ Firefox ESR was not found at /opt/ff/firefox (from FIREFOX_PATH): point it at Firefox ESR, or unset it.',
    ]);
  });

  it.each([['v20.18.3'], ['v18.20.0'], ['garbage']])('rejects Node %s', (node) => {
    const messages = prerequisiteMessages({ ...everything, node });
    expect(messages[0]).toBe(`✗ Node ${node} is too old: Streamwise needs Node 20.19.0 or newer.`);
    expect(fixes(messages)[0]).toMatch(/^nvm install 20/);
  });

  it('asks for Node (which ships npm) when npm is missing', () => {
    const messages = prerequisiteMessages({ ...everything, npm: undefined });
    expect(messages[0]).toBe('✗ npm was not found.');
    expect(fixes(messages)).toHaveLength(1);
    expect(fixes(messages)[0]).toMatch(/^nvm install 20/);
  });
});

describe('parseVersion', () => {
  it.each<[unknown, number[] | undefined]>([
    ['v20.19.1', [20, 19, 1]],
    ['11.4.2\n', [11, 4, 2]],
    ['10.0.0-pre', [10, 0, 0]],
    ['eleven', undefined],
    [undefined, undefined],
  ])('%j → %j', (text, expected) => {
    expect(parseVersion(text)).toEqual(expected);
  });
});
