/** IPv4 CIDR arithmetic, so address plans are computed from settings rather than typed by hand. */

export interface Ipv4Block {
  readonly address: number;
  readonly prefixLength: number;
}

/** The private ranges of RFC 1918. */
export const PRIVATE_IPV4_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const;

/** The block a CIDR text designates, or undefined when it is malformed or has host bits set. */
export function tryParseCidr(cidr: string): Ipv4Block | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefixLength = Number(match[5]);
  if (octets.some((o) => o > 255) || prefixLength > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  return address % blockSize(prefixLength) === 0 ? { address, prefixLength } : undefined;
}

/** The block a CIDR text designates; throws naming the text when it is malformed or has host bits set. */
export function parseCidr(cidr: string): Ipv4Block {
  const block = tryParseCidr(cidr);
  if (!block) throw new Error(`Invalid IPv4 CIDR block: ${JSON.stringify(cidr)} (use a.b.c.d/n with the host bits clear)`);
  return block;
}

export function formatCidr(block: Ipv4Block): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(block.address / 2 ** shift) % 256);
  return `${octets.join('.')}/${block.prefixLength}`;
}

/** The `index`-th block of length `prefixLength` inside `parent`. */
export function subdivide(parent: string, prefixLength: number, index: number): string {
  const block = parseCidr(parent);
  const count = 2 ** (prefixLength - block.prefixLength);
  if (prefixLength < block.prefixLength || index < 0 || index >= count) {
    throw new Error(`${parent} has no /${prefixLength} block number ${index} (it holds ${Math.max(count, 0)})`);
  }
  return formatCidr({ address: block.address + index * blockSize(prefixLength), prefixLength });
}

export function blocksOverlap(a: Ipv4Block, b: Ipv4Block): boolean {
  return a.address < b.address + blockSize(b.prefixLength) && b.address < a.address + blockSize(a.prefixLength);
}

export function cidrsOverlap(a: string, b: string): boolean {
  return blocksOverlap(parseCidr(a), parseCidr(b));
}

/** Whether `inner` lies entirely inside `outer`. */
export function blockContains(outer: Ipv4Block, inner: Ipv4Block): boolean {
  const outerSize = blockSize(outer.prefixLength);
  return inner.prefixLength >= outer.prefixLength && Math.floor(inner.address / outerSize) === outer.address / outerSize;
}

/** Whether a block lies inside one of the private ranges of RFC 1918. */
export function isPrivateBlock(block: Ipv4Block): boolean {
  return PRIVATE_IPV4_RANGES.some((range) => blockContains(parseCidr(range), block));
}

function blockSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}
