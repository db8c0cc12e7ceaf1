import { expect } from '@open-wc/testing';
import { safeUrl } from '../src/shared/url.js';

/** What the policy means, computed the slow way: the URL parser, then the allowed schemes. */
function reference(value: string, base: string, kind: 'link' | 'image' | 'http'): string | undefined {
  const allowed = kind === 'link' ? ['http:', 'https:', 'mailto:', 'tel:'] : ['http:', 'https:'];
  if (!value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return allowed.includes(url.protocol) && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

describe('URL policy (safeUrl)', () => {
  const base = 'https://www.longan.gov.vn/feeds/portal.json';

  it('keeps http(s), mailto and tel links, images only over http(s), and drops script URLs', () => {
    expect(safeUrl('https://www.longan.gov.vn/tin-tuc/a?x=1&y=2', base, 'link')).to.equal(
      'https://www.longan.gov.vn/tin-tuc/a?x=1&y=2',
    );
    expect(safeUrl('mailto:vp@longan.gov.vn', base, 'link')).to.equal('mailto:vp@longan.gov.vn');
    expect(safeUrl('mailto:vp@longan.gov.vn', base, 'image')).to.equal(undefined);
    expect(safeUrl('/images/a.jpg', base, 'image')).to.equal('https://www.longan.gov.vn/images/a.jpg');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      'blob:https://a/b',
    ]) {
      expect(safeUrl(bad, base, 'link'), bad).to.equal(undefined);
    }
  });

  it('drops a URL with a user name or password, whatever the kind (issue 22)', () => {
    for (const bad of [
      'https://user:pass@www.longan.gov.vn/lich.ics',
      'https://www.longan.gov.vn@evil.example/tin',
      'http://:secret@a.vn/x',
      '//user@a.vn/x',
    ]) {
      for (const kind of ['link', 'image', 'http'] as const) expect(safeUrl(bad, base, kind), bad).to.equal(undefined);
    }
    expect(safeUrl('https://a.vn/@user/x?to=a@b.vn', base, 'link')).to.equal('https://a.vn/@user/x?to=a@b.vn');
    expect(safeUrl('mailto:vp@longan.gov.vn', base, 'link')).to.equal('mailto:vp@longan.gov.vn');
  });

  it('returns exactly what the URL parser returns, on the fast path for canonical URLs and off it', () => {
    // Hand-picked edges of the fast path: each must agree with the parser whichever way it goes.
    const edges = [
      'https://www.longan.gov.vn/',
      'https://www.longan.gov.vn',
      'https://WWW.LongAn.gov.vn/x',
      'HTTPS://a.vn/x',
      'https://a.vn:443/x',
      'http://a.vn:80/x',
      'https://a.vn:8080/x',
      'https://user@a.vn/x',
      'https://a.vn/a/./b',
      'https://a.vn/a/../b',
      'https://a.vn/a/%2e%2e/b',
      'https://a.vn/a/.%2E/b',
      'https://a.vn/x?q=a b',
      "https://a.vn/x?q='1'",
      'https://a.vn/x#top',
      'https://a.vn/x y',
      'https://a.vn/x\\y',
      'https://a.vn/{x}',
      'https://a.vn/x^y',
      'https://a.vn/`x`',
      'https://0x7f.1/x',
      'https://127.0.0.1/x',
      'https://1.2.3.4.5/x',
      'https://a.0x10/x',
      'https://a.b.123/x',
      'https://xn--vit-nam-3bb.vn/x',
      'https://xn--a.vn/x',
      'https://a..vn/x',
      'https://-a-.vn/x',
      'https://a.vn/ư',
      'https://a.vn/%C6%B0',
      'https://a.vn/%zz',
      'https://a.vn/x?a=1&b=2&c=/d?e',
      'https://a.vn//double//slash',
      'https://a.vn/x;y=1,z=2@w:v!$&*+~',
      'https://a_b.vn/x',
      'https://a.vn/tap-huan/2017/11/22/quy-che-dan-chu.html?utm_source=zalo&utm_medium=share',
    ];
    for (const v of edges) {
      for (const kind of ['link', 'image', 'http'] as const)
        expect(safeUrl(v, base, kind), `${kind} ${v}`).to.equal(reference(v, base, kind));
    }
    // Random URLs built from the characters that matter to the parser, around the canonical shape.
    let seed = 20171122;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const pick = (chars: string, len: number) => Array.from({ length: len }, () => chars[rand(chars.length)]).join('');
    const hostChars = 'abcxyz019-.AZ_';
    const pathChars = 'abz09-._~!$&\'()*+,;=:@/%?#[]{}|\\^` "<>ưẠ\t';
    let fast = 0;
    for (let i = 0; i < 4000; i++) {
      const scheme = ['https://', 'http://', 'HTTP://', 'ftp://'][rand(4)];
      const host = `${pick(hostChars, 1 + rand(8))}${['.vn', '.gov.vn', '', '.1', ':8080'][rand(5)]}`;
      const v = `${scheme}${host}/${pick(pathChars, rand(16))}`;
      const got = safeUrl(v, base, 'link');
      expect(got, v).to.equal(reference(v, base, 'link'));
      if (got === v.trim()) fast++;
    }
    // The corpus exercises both outcomes: URLs kept as given and URLs the parser rewrites or rejects.
    expect(fast).to.be.greaterThan(100);
    expect(fast).to.be.lessThan(4000);
  });
});
