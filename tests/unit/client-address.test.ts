import { clientAddressOf, configFromEnv, trustedProxies } from '@shuangfang/api';
import { describe, expect, it } from 'vitest';

// The client's address behind balancers (lib/trusted-proxies.ts): the right-most hop of
// X-Forwarded-For that no trusted proxy stands for. Loopback (the process's own web tier) is
// always trusted; TRUSTED_PROXIES adds the balancers.

const none = trustedProxies([]);
const balancers = trustedProxies(['10.0.0.0/8', '192.0.2.10', 'fd00::/8']);

describe('clientAddressOf', () => {
  it('takes an untrusted peer as the client and ignores what it claims', () => {
    expect(clientAddressOf('203.0.113.5', '198.51.100.1', none)).toBe('203.0.113.5');
    expect(clientAddressOf('10.0.0.7', '198.51.100.1', none)).toBe('10.0.0.7');
    expect(clientAddressOf('::ffff:203.0.113.5', undefined, none)).toBe('203.0.113.5');
  });

  it('takes the address a trusted balancer appended, not what the client wrote before it', () => {
    // nginx: X-Forwarded-For = what the client sent + the address the client came from.
    const forged = '1.2.3.4, 5.6.7.8, 203.0.113.5';
    expect(clientAddressOf('10.0.0.2', forged, balancers)).toBe('203.0.113.5');
    expect(clientAddressOf('::ffff:10.0.0.2', forged, balancers)).toBe('203.0.113.5');
  });

  it('walks past every trusted hop, from the right', () => {
    const chain = '9.9.9.9, 203.0.113.5, 192.0.2.10, 10.1.2.3';
    expect(clientAddressOf('10.0.0.2', chain, balancers)).toBe('203.0.113.5');
    expect(clientAddressOf('127.0.0.1', '2001:db8::1, fd00::5', balancers)).toBe('2001:db8::1');
  });

  it('believes only loopback without TRUSTED_PROXIES (the web tier passing the browser on)', () => {
    expect(clientAddressOf('127.0.0.1', '203.0.113.5', none)).toBe('203.0.113.5');
    expect(clientAddressOf('::1', '1.2.3.4, 203.0.113.5', none)).toBe('203.0.113.5');
    // Another balancer's address is just a client until it is listed.
    expect(clientAddressOf('127.0.0.1', '203.0.113.5, 10.0.0.2', none)).toBe('10.0.0.2');
    expect(clientAddressOf('127.0.0.2', '203.0.113.5', none)).toBe('127.0.0.2');
  });

  it('falls back to the left-most hop when every hop is trusted, and to the peer without one', () => {
    expect(clientAddressOf('127.0.0.1', '10.0.0.9, 127.0.0.1', balancers)).toBe('10.0.0.9');
    expect(clientAddressOf('127.0.0.1', undefined, none)).toBe('127.0.0.1');
    expect(clientAddressOf(undefined, undefined, none)).toBe('local');
  });

  it('stops at a hop that is not an address (no proxy wrote it)', () => {
    expect(clientAddressOf('10.0.0.2', '203.0.113.5, unknown', balancers)).toBe('unknown');
  });
});

describe('trustedProxies', () => {
  it('knows addresses and CIDR blocks of both families', () => {
    expect(balancers.has('10.200.3.4')).toBe(true);
    expect(balancers.has('192.0.2.10')).toBe(true);
    expect(balancers.has('192.0.2.11')).toBe(false);
    expect(balancers.has('fd12:3456::1')).toBe(true);
    expect(balancers.has('not an address')).toBe(false);
  });
});

describe('TRUSTED_PROXIES', () => {
  it('refuses an entry that is neither an address nor a CIDR block, naming it', () => {
    expect(() => configFromEnv({ TRUSTED_PROXIES: '10.0.0.0/8, 10.0.0.0/33' })).toThrow(
      '10.0.0.0/33',
    );
    expect(() => configFromEnv({ TRUSTED_PROXIES: 'nginx.internal' })).toThrow('nginx.internal');
    expect(
      configFromEnv({ TRUSTED_PROXIES: ' 10.0.0.0/8 ,192.0.2.10' }).trustedProxies.entries,
    ).toEqual(['127.0.0.1', '::1', '10.0.0.0/8', '192.0.2.10']);
  });
});
