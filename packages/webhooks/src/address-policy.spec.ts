import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, refusedAddressReason, WebhookUrlRefusedError } from './address-policy.js';

describe('refusedAddressReason', () => {
  it.each([
    ['127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['127.255.0.9', 'loopback (127.0.0.0/8)'],
    ['::1', 'loopback (::1/128)'],
    ['10.1.2.3', 'private (10.0.0.0/8)'],
    ['172.16.0.1', 'private (172.16.0.0/12)'],
    ['172.31.255.254', 'private (172.16.0.0/12)'],
    ['192.168.1.1', 'private (192.168.0.0/16)'],
    ['169.254.10.1', 'link-local (169.254.0.0/16)'],
    ['fe80::1%eth0', 'link-local (fe80::/10)'],
    ['febf::1', 'link-local (fe80::/10)'],
    ['100.64.0.1', 'carrier-grade NAT (100.64.0.0/10)'],
    ['100.127.255.255', 'carrier-grade NAT (100.64.0.0/10)'],
    ['fc00::1', 'unique-local (fc00::/7)'],
    ['fdab:1234::5', 'unique-local (fc00::/7)'],
    ['169.254.169.254', 'cloud metadata (169.254.169.254/32)'],
    ['fd00:ec2::254', 'cloud metadata (fd00:ec2::254/128)'],
    ['64:ff9b::a00:1', 'NAT64 (64:ff9b::/96)'],
    ['64:ff9b::8.8.8.8', 'NAT64 (64:ff9b::/96)'],
    ['64:ff9b:1::1', 'NAT64 (local use) (64:ff9b:1::/48)'],
    ['::ffff:127.0.0.1', 'IPv4-mapped (::ffff:0:0/96)'],
    ['::ffff:8.8.8.8', 'IPv4-mapped (::ffff:0:0/96)'],
    ['0.0.0.0', 'unspecified ("this network") (0.0.0.0/8)'],
    ['::', 'unspecified (::/128)'],
    ['224.0.0.1', 'multicast (224.0.0.0/4)'],
    ['ff02::1', 'multicast (ff00::/8)'],
    ['255.255.255.255', 'broadcast (255.255.255.255/32)'],
    ['192.0.2.10', 'documentation (192.0.2.0/24)'],
    ['198.51.100.7', 'documentation (198.51.100.0/24)'],
    ['203.0.113.250', 'documentation (203.0.113.0/24)'],
    ['2001:db8::1', 'documentation (2001:db8::/32)'],
    ['198.18.0.1', 'benchmarking (198.18.0.0/15)'],
    ['240.0.0.1', 'reserved (240.0.0.0/4)'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo (2001::/32)'],
  ])('refuses %s: %s', (address, reason) => {
    expect(refusedAddressReason(address)).toBe(`${address} is ${reason}`);
  });

  it('refuses a 6to4 address whose embedded IPv4 address is refused, naming both', () => {
    expect(refusedAddressReason('2002:7f00:1::1')).toBe(
      '2002:7f00:1::1 is 6to4 (2002::/16) for 127.0.0.1 is loopback (127.0.0.0/8)',
    );
    expect(refusedAddressReason('2002:a9fe:a9fe::')).toBe(
      '2002:a9fe:a9fe:: is 6to4 (2002::/16) for 169.254.169.254 is cloud metadata (169.254.169.254/32)',
    );
    expect(refusedAddressReason('2002:0808:0808::1')).toBeNull();
  });

  it('allows public addresses, next to the refused ranges', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '169.255.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450:4007:80e::200e']) {
      expect(refusedAddressReason(address), address).toBeNull();
    }
  });

  it('refuses what is not an IP address', () => {
    expect(refusedAddressReason('example.org')).toBe('example.org is not an IP address');
  });
});

describe('checkWebhookUrl', () => {
  const strict = { allowPrivate: false };

  it('accepts an https URL on a name or a public address', () => {
    expect(checkWebhookUrl('https://hooks.example.org/legifeed?x=1', strict).hostname).toBe('hooks.example.org');
    expect(checkWebhookUrl('https://8.8.8.8:8443/hook', strict).port).toBe('8443');
  });

  it('refuses plain http, credentials, garbage and private literal addresses', () => {
    const refusal = (url: string) => {
      try {
        checkWebhookUrl(url, strict);
      } catch (error) {
        expect(error).toBeInstanceOf(WebhookUrlRefusedError);
        return (error as Error).message;
      }
      return null;
    };
    expect(refusal('http://hooks.example.org/')).toBe('webhook URL http://hooks.example.org/ refused: http is not allowed, use https');
    expect(refusal('ftp://hooks.example.org/')).toMatch(/ftp is not allowed/);
    expect(refusal('https://user:pw@hooks.example.org/')).toMatch(/credentials in the URL are not allowed/);
    expect(refusal('not a url')).toBe('webhook URL not a url refused: not a URL');
    expect(refusal('https://10.0.0.8/hook')).toMatch(/10\.0\.0\.8 is private \(10\.0\.0\.0\/8\)/);
    expect(refusal('https://[::1]:8443/')).toMatch(/::1 is loopback/);
    expect(refusal('https://[::ffff:a9fe:a9fe]/')).toMatch(/IPv4-mapped/);
  });

  it('allows loopback over http when private addresses are allowed (tests, local development)', () => {
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook', { allowPrivate: true }).port).toBe('8080');
  });
});
