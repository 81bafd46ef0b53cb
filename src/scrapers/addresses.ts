import { BlockList, isIPv4, isIPv6 } from 'node:net';

// Loopback, private, link-local (cloud metadata at 169.254.169.254), CGNAT, benchmarking, multicast and reserved.
const PRIVATE_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

// IPv6 prefixes whose next 32 bits are an IPv4 address a router or the host turns the connection into:
// IPv4-compatible (::/96, deprecated) and NAT64's well-known prefix (64:ff9b::/96). IPv4-mapped (::ffff:0:0/96)
// needs no entry: BlockList checks those against the IPv4 rules itself.
const EMBEDDING_96 = ['::', '64:ff9b::'];

const blocked = new BlockList();
for (const [net, prefix] of PRIVATE_V4) {
  blocked.addSubnet(net, prefix, 'ipv4');
  const [high, low] = hexGroups(net);
  for (const head of EMBEDDING_96) blocked.addSubnet(`${head}${high}:${low}`, 96 + prefix, 'ipv6');
  // 6to4 (2002::/16) carries the IPv4 address in its bits 16 to 47.
  blocked.addSubnet(`2002:${high}:${low}::`, 16 + prefix, 'ipv6');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  // NAT64's local-use prefix (RFC 8215) reaches only the operator's own network, whatever address it embeds.
  ['64:ff9b:1::', 48],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** 10.1.2.3 → ['a01', '203']: an IPv4 address as the two IPv6 groups that carry it. */
function hexGroups(ipv4: string): [string, string] {
  const [a = 0, b = 0, c = 0, d = 0] = ipv4.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}

/**
 * True for addresses a link found on the web must never lead to, IPv6 addresses that carry such an IPv4 address
 * included (`[::7f00:1]`, `[64:ff9b::7f00:1]`, `[2002:c0a8:101::]` reach loopback or a LAN through translation).
 */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  if (isIPv4(address)) return blocked.check(address, 'ipv4');
  if (isIPv6(address)) return blocked.check(address, 'ipv6');
  return true;
}
