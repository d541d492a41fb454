import { describe, expect, it } from 'vitest';
import {
  browserName,
  defaultDeviceName,
  distinctDeviceName,
  NAME_WORDS,
} from '../../extension/lib/sync/device-name';

const LINUX_CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36';
const WINDOWS_FIREFOX =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0';
const MAC_EDGE =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

const grease = { brand: 'Not)A;Brand' };

describe('default device name', () => {
  it('says the browser and the system, and a word that tells two alike apart', () => {
    const first = defaultDeviceName({ userAgent: LINUX_CHROME }, () => 0);
    const second = defaultDeviceName({ userAgent: LINUX_CHROME }, () => 0.99);
    expect(first).toBe('Chrome on Linux · Aspen');
    expect(second).toBe('Chrome on Linux · Wren');
    expect(first).not.toBe(second);
  });

  it('tells Chromium from Chrome by the brands Chromium lists, which the UA string does not', () => {
    const chromium = { userAgent: LINUX_CHROME, brands: [{ brand: 'Chromium' }, grease] };
    const chrome = {
      userAgent: LINUX_CHROME,
      brands: [{ brand: 'Chromium' }, { brand: 'Google Chrome' }, grease],
    };
    expect(browserName(chromium)).toBe('Chromium');
    expect(browserName(chrome)).toBe('Chrome');
    expect(browserName({ userAgent: LINUX_CHROME, brands: [{ brand: 'Brave' }] })).toBe('Brave');
  });

  it('knows the usual browsers and systems from the UA string', () => {
    const name = (userAgent: string) => defaultDeviceName({ userAgent }, () => 0.5);
    expect(name(WINDOWS_FIREFOX)).toBe('Firefox on Windows · Kestrel');
    expect(name(MAC_EDGE)).toBe('Edge on macOS · Kestrel');
    expect(name(IPHONE_SAFARI)).toBe('Safari on iOS · Kestrel');
    expect(name('curl/8')).toBe('Browser · Kestrel');
  });

  it('picks every word of its list, and only those', () => {
    const words = new Set(
      Array.from(
        { length: NAME_WORDS.length },
        (_, i) =>
          defaultDeviceName({ userAgent: LINUX_CHROME }, () => i / NAME_WORDS.length).split(
            ' · ',
          )[1],
      ),
    );
    expect(words).toEqual(new Set(NAME_WORDS));
  });
});

describe('a name no other device of the account has', () => {
  it('keeps a free name, and numbers one that is taken', () => {
    expect(distinctDeviceName('Firefox on Linux', ['Chrome on Linux'])).toBe('Firefox on Linux');
    expect(distinctDeviceName('Chrome on Linux ', ['chrome on linux'])).toBe('Chrome on Linux (2)');
    expect(distinctDeviceName('Chrome on Linux', ['Chrome on Linux', 'Chrome on Linux (2)'])).toBe(
      'Chrome on Linux (3)',
    );
  });
});
