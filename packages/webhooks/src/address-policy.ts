import { isIP } from 'node:net';

/**
 * Which addresses a webhook may be delivered to. A subscriber chooses the URL, so without this check legifeed
 * would POST, from inside its network, to whatever the name resolves to: the database, the cloud metadata
 * service, an admin port on loopback. The check applies to the address actually connected to (see the
 * delivery client), after DNS resolution, so a name that resolves differently later cannot slip through.
 */

interface BlockedRange {
  /** 4 or 16 bytes. */
  prefix: Uint8Array;
  bits: number;
  name: string;
  cidr: string;
}

function range(cidr: string, name: string): BlockedRange {
  const [address, bits] = cidr.split('/') as [string, string];
  const prefix = addressBytes(address);
  if (prefix === null) throw new Error(`bad range ${cidr}`);
  return { prefix, bits: Number(bits), name, cidr };
}

// Most specific first: the first match names the refusal.
const IPV4_RANGES: readonly BlockedRange[] = [
  range('169.254.169.254/32', 'cloud metadata'),
  range('255.255.255.255/32', 'broadcast'),
  range('0.0.0.0/8', 'unspecified ("this network")'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'carrier-grade NAT'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'IETF protocol assignments'),
  range('192.0.2.0/24', 'documentation'),
  range('192.88.99.0/24', '6to4 relay anycast'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'benchmarking'),
  range('198.51.100.0/24', 'documentation'),
  range('203.0.113.0/24', 'documentation'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
];

const IPV6_RANGES: readonly BlockedRange[] = [
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('fd00:ec2::254/128', 'cloud metadata'),
  range('::ffff:0:0/96', 'IPv4-mapped'),
  range('::/96', 'IPv4-compatible (deprecated)'),
  range('64:ff9b::/96', 'NAT64'),
  range('64:ff9b:1::/48', 'NAT64 (local use)'),
  range('100::/64', 'discard-only'),
  range('2001::/32', 'Teredo'),
  range('2001:db8::/32', 'documentation'),
  range('3fff::/20', 'documentation'),
  range('fc00::/7', 'unique-local'),
  range('fe80::/10', 'link-local'),
  range('ff00::/8', 'multicast'),
];

const SIX_TO_FOUR = range('2002::/16', '6to4');

/**
 * Why `address` may not receive webhooks (e.g. "127.0.0.1 is loopback (127.0.0.0/8)"), or null when it may.
 * A 6to4 address is refused when the IPv4 address it embeds would be; anything that is not an IP address is
 * refused too.
 */
export function refusedAddressReason(address: string): string | null {
  const bytes = addressBytes(address);
  if (bytes === null) return `${address} is not an IP address`;
  const ranges = bytes.length === 4 ? IPV4_RANGES : IPV6_RANGES;
  const blocked = ranges.find((candidate) => inRange(bytes, candidate));
  if (blocked !== undefined) return `${address} is ${blocked.name} (${blocked.cidr})`;
  if (inRange(bytes, SIX_TO_FOUR)) {
    const embedded = bytes.slice(2, 6).join('.');
    const reason = refusedAddressReason(embedded);
    if (reason !== null) return `${address} is 6to4 (2002::/16) for ${reason}`;
  }
  return null;
}

export class WebhookUrlRefusedError extends Error {
  constructor(url: string, reason: string) {
    super(`webhook URL ${url} refused: ${reason}`);
    this.name = 'WebhookUrlRefusedError';
  }
}

export interface AddressPolicy {
  /** Deliver to loopback, private and other refused addresses, and over plain http: tests and local work only. */
  allowPrivate: boolean;
}

/**
 * Checks what can be checked before resolving: the URL parses, is https (http only with `allowPrivate`), has no
 * credentials, and, when its host is an IP address, that address is allowed. Returns the parsed URL.
 */
export function checkWebhookUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlRefusedError(raw, 'not a URL');
  }
  const schemes = policy.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) {
    throw new WebhookUrlRefusedError(raw, `${url.protocol.slice(0, -1)} is not allowed, use https`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new WebhookUrlRefusedError(raw, 'credentials in the URL are not allowed');
  }
  const literal = hostAddress(url);
  if (literal !== null && !policy.allowPrivate) {
    const reason = refusedAddressReason(literal);
    if (reason !== null) throw new WebhookUrlRefusedError(raw, reason);
  }
  return url;
}

/** The URL's host when it is an IP address (without IPv6 brackets), else null. */
export function hostAddress(url: URL): string | null {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return isIP(host) === 0 ? null : host;
}

function inRange(bytes: Uint8Array, candidate: BlockedRange): boolean {
  if (bytes.length !== candidate.prefix.length) return false;
  const whole = candidate.bits >> 3;
  for (let index = 0; index < whole; index += 1) if (bytes[index] !== candidate.prefix[index]) return false;
  const rest = candidate.bits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((bytes[whole]! ^ candidate.prefix[whole]!) & mask) === 0;
}

/** 4 bytes for IPv4, 16 for IPv6 (a zone id such as `%eth0` is ignored), null for anything else. */
function addressBytes(address: string): Uint8Array | null {
  const plain = address.replace(/%.*$/, '');
  const family = isIP(plain);
  if (family === 4) return Uint8Array.from(plain.split('.').map(Number));
  if (family !== 6) return null;
  const [head, tail] = plain.includes('::') ? (plain.split('::') as [string, string]) : [plain, null];
  const groupsOf = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const first = groupsOf(head);
  const last = tail === null ? [] : groupsOf(tail);
  const groups = [...first, ...new Array<number>(8 - first.length - last.length).fill(0), ...last];
  return Uint8Array.from(groups.flatMap((group) => [group >> 8, group & 0xff]));
}
