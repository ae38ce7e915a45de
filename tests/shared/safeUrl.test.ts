import { describe, expect, it } from 'vitest';
import { linkableUrl } from '../../src/shared/safeUrl';

describe('linkableUrl', () => {
  it('keeps http and https addresses', () => {
    expect(linkableUrl('https://www.harrow.gov.uk/news/shared-legal')).toBe('https://www.harrow.gov.uk/news/shared-legal');
    expect(linkableUrl('http://example.org')).toBe('http://example.org/');
  });

  it('refuses every other scheme, however it is spelt', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '\u0000javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', '/relative', 'not a url', '']) {
      expect(linkableUrl(url), url).toBeNull();
    }
  });
});
