import { describe, expect, it } from 'vitest';
import { ChecksumError, downloadFailureReason, howToProvide, httpFailureReason, SourceUnavailableError } from '../../../scripts/build/sourceErrors';
import { SOURCE_FILES } from '../../../scripts/build/sources';

const url = 'https://raw.githubusercontent.com/ONSvisual/uk-topojson/abc/output/topo.json';
const fetchFailed = (code: string, extra: Record<string, unknown> = {}) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(`some ${code} text`), { code, ...extra }) });

describe('downloadFailureReason', () => {
  it('says why, in words, with the system code fetch hides behind "fetch failed"', () => {
    expect(downloadFailureReason(fetchFailed('ENOTFOUND', { hostname: 'raw.githubusercontent.com' }), url)).toBe(
      'the name raw.githubusercontent.com does not resolve (ENOTFOUND): no connection to the internet, or no DNS',
    );
    expect(downloadFailureReason(fetchFailed('EAI_AGAIN'), url)).toBe('the name raw.githubusercontent.com could not be looked up (EAI_AGAIN): no DNS server answered');
    expect(downloadFailureReason(fetchFailed('ECONNREFUSED'), url)).toContain('the connection to raw.githubusercontent.com was refused (ECONNREFUSED)');
    expect(downloadFailureReason(fetchFailed('UND_ERR_CONNECT_TIMEOUT'), url)).toBe('raw.githubusercontent.com did not answer in time (UND_ERR_CONNECT_TIMEOUT)');
    expect(downloadFailureReason(new DOMException('The operation was aborted due to timeout', 'TimeoutError'), url)).toBe(
      'raw.githubusercontent.com did not answer in time (timed out)',
    );
    expect(downloadFailureReason(new TypeError('terminated', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }), url)).toBe(
      'the connection to raw.githubusercontent.com was cut before the file arrived (UND_ERR_SOCKET)',
    );
    expect(downloadFailureReason(fetchFailed('SELF_SIGNED_CERT_IN_CHAIN'), url)).toContain('NODE_EXTRA_CA_CERTS');
    expect(downloadFailureReason(fetchFailed('EWHATEVER'), url)).toBe('some EWHATEVER text (EWHATEVER)');
    expect(httpFailureReason(503, 'Service Unavailable')).toBe('the server answered HTTP 503 Service Unavailable');
  });
});

describe('SourceUnavailableError', () => {
  const places = { sharedDir: '/home/me/shared/sources' };
  const topology = SOURCE_FILES.find((s) => s.id === 'topology')!;

  it('names the file, where from, why, and the three ways to provide it', () => {
    const error = new SourceUnavailableError([{ source: topology, from: url, reason: 'the name does not resolve (ENOTFOUND)' }], places);
    expect(error.message.split('\n')).toEqual([
      `The data build could not get the source file ons-uk-topojson/topo.json from ${url}: the name does not resolve (ENOTFOUND).`,
      '(Not found in /home/me/shared/sources first.)',
      ...howToProvide([topology], places).split('\n'),
    ]);
    expect(howToProvide([topology], places)).toBe(
      [
        'Provide the source files in one of three ways:',
        '  1. set SOURCES_DIR to a folder that holds them as ons-uk-topojson/topo.json (it is not set);',
        '  2. or put that folder at ../shared/sources/ beside the checkout (/home/me/shared/sources);',
        '  3. or connect to the internet: `npm run data` downloads them from the addresses above, checks their sha256 and keeps them in .cache/sources/.',
      ].join('\n'),
    );
  });

  it('is what a checksum mismatch is too, naming the local file and what to do with it', () => {
    const error = new ChecksumError(topology, '/data/sources/ons-uk-topojson/topo.json', 'f00', { ...places, sourcesDir: '/data/sources' });
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect(error.message).toContain(`ons-uk-topojson/topo.json from /data/sources/ons-uk-topojson/topo.json: its sha256 is f00, not the pinned ${topology.sha256}`);
    expect(error.message).toContain(`replace it with the file from ${topology.url}, or delete it`);
    expect(error.message).toContain('(it is now /data/sources)');
  });
});
