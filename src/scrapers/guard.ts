import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import { isPrivateAddress } from './addresses.js';

/** `true` allows every private address, a list of CIDR ranges allows only those, `false` none. */
export type PrivateNetworkPolicy = boolean | readonly string[];

/** Resolves a host name to IP addresses; injectable so tests never touch real DNS. */
export type Resolver = (host: string) => Promise<string[]>;

/** A connection refused because the address is private, loopback, link-local or cloud metadata. */
export class AddressRefusedError extends Error {
  override name = 'AddressRefusedError';

  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`refused to connect to private address ${address}${host === address ? '' : ` (${host})`}`);
  }
}

/** Keeps links found on the web away from private networks, before and while connecting. */
export interface AddressGuard {
  /** Resolves the URL's host; a refusal (or DNS failure) as a message, null when the URL may be fetched. */
  check(url: URL): Promise<{ refused: string; transient: boolean } | null>;
  /** An undici connector that checks every address again at connect time: DNS may answer differently the second time. */
  connector(timeoutMs: number): buildConnector.connector;
}

const systemResolve: Resolver = async (host) => (await dnsLookup(host, { all: true })).map((a) => a.address);

const bare = (hostname: string): string => (hostname.startsWith('[') ? hostname.slice(1, -1) : hostname);

/** Builds the guard for a policy; `resolve` replaces system DNS (tests map names to addresses with it). */
export function createAddressGuard(policy: PrivateNetworkPolicy, resolve?: Resolver): AddressGuard {
  const allowedPrivate = allowList(policy);
  const isAllowed = (address: string): boolean => !isPrivateAddress(address) || allowedPrivate(address);
  const open = policy === true;

  async function addressesOf(host: string): Promise<string[]> {
    if (isIP(host)) return [host];
    const addresses = await (resolve ?? systemResolve)(host);
    if (addresses.length === 0) throw Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' });
    return addresses;
  }

  const lookup: LookupFunction = (hostname, options, callback) => {
    addressesOf(hostname).then(
      (addresses) => {
        const refused = addresses.find((a) => !isAllowed(a));
        if (refused) return callback(new AddressRefusedError(hostname, refused), '', 0);
        const entries = addresses.map((address) => ({ address, family: isIP(address) }));
        if (options.all) return (callback as (err: null, all: typeof entries) => void)(null, entries);
        return callback(null, entries[0]!.address, entries[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };

  return {
    async check(url) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { refused: `refused ${url.protocol} URL`, transient: false };
      if (open) return null;
      const host = bare(url.hostname);
      let addresses: string[];
      try {
        addresses = await addressesOf(host);
      } catch (error) {
        return { refused: `DNS lookup of ${host} failed: ${(error as Error).message}`, transient: true };
      }
      const refused = addresses.find((a) => !isAllowed(a));
      return refused ? { refused: new AddressRefusedError(host, refused).message, transient: false } : null;
    },
    connector(timeoutMs) {
      // With private networks open and system DNS there is nothing to check: keep Node's own lookup.
      const connect = buildConnector({ timeout: timeoutMs, ...(open && !resolve ? {} : { lookup }) });
      return (options, callback) => {
        const host = bare(options.hostname);
        // net.connect skips the lookup for an IP literal, so check those here.
        if (isIP(host) && !isAllowed(host)) return callback(new AddressRefusedError(host, host), null);
        // Our own timer: undici's connect timer ticks at one-second resolution.
        let settled = false;
        const timer = setTimeout(() => {
          settled = true;
          socket?.destroy();
          callback(
            Object.assign(new Error(`no connection within ${timeoutMs} ms`), { code: 'UND_ERR_CONNECT_TIMEOUT' }),
            null,
          );
        }, timeoutMs);
        const socket = connect(options, (...result) => {
          if (settled) return void result[1]?.destroy();
          settled = true;
          clearTimeout(timer);
          callback(...result);
        }) as unknown as { destroy(): void } | undefined;
      };
    },
  };
}

function allowList(policy: PrivateNetworkPolicy): (address: string) => boolean {
  if (policy === true) return () => true;
  if (policy === false || policy.length === 0) return () => false;
  const list = new BlockList();
  for (const range of policy) {
    const { address, prefix, family } = parseCidr(range);
    list.addSubnet(address, prefix, family);
  }
  return (address) => {
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    return list.check(address, family);
  };
}

/** Parses `127.0.0.0/8`, `::1/128` or a single address; throws a message naming the range. */
export function parseCidr(range: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } {
  const [address = '', bits] = range.split('/');
  const version = isIP(address);
  if (version === 0) throw new Error(`"${range}" is not an IP address or CIDR range`);
  const max = version === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max)
    throw new Error(`"${range}" has a prefix length outside 0–${max}`);
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}
