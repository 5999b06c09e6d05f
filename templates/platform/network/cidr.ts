/** IPv4 CIDR arithmetic, so address plans are computed from settings rather than typed by hand. */

export interface Ipv4Block {
  readonly address: number;
  readonly prefixLength: number;
}

export function parseCidr(cidr: string): Ipv4Block {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!match) throw new Error(`Invalid IPv4 CIDR block: ${JSON.stringify(cidr)}`);
  const octets = match.slice(1, 5).map(Number);
  const prefixLength = Number(match[5]);
  if (octets.some((o) => o > 255) || prefixLength > 32) {
    throw new Error(`Invalid IPv4 CIDR block: ${JSON.stringify(cidr)}`);
  }
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  if (address % 2 ** (32 - prefixLength) !== 0) {
    throw new Error(`CIDR block ${cidr} has host bits set`);
  }
  return { address, prefixLength };
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
  return formatCidr({ address: block.address + index * 2 ** (32 - prefixLength), prefixLength });
}

export function cidrsOverlap(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  const xEnd = x.address + 2 ** (32 - x.prefixLength);
  const yEnd = y.address + 2 ** (32 - y.prefixLength);
  return x.address < yEnd && y.address < xEnd;
}
