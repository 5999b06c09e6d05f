/** IPv4 CIDR arithmetic: the kernel's, where the platform library has always offered it. */
export * from '../kernel/cidr';
