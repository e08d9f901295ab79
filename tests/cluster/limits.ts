import type { AppProcess } from './app-process.js';
import { Client } from './client.js';
import type { Person } from './load.js';

// The login limits of a cluster: the counts are the database's (api/src/auth/rate-limit.ts), and
// the client's address behind the balancer is the hop nginx appended, not what the client wrote
// (api/src/lib/trusted-proxies.ts). Each check connects from a loopback address of its own, so
// the balancer and the apps see it as a client apart from the load's (127.0.0.1).

const WRONG = 'Wrong-pass-1';

/**
 * Wrong passwords for one account spread round-robin over the processes, then the right one on
 * each: the statuses, and those of the same attempts against one process for another account.
 */
export async function accountLimitSpread(
  apps: AppProcess[],
  spreadOver: Person,
  onOne: Person,
  limit: number,
) {
  const attempt = async (app: AppProcess, person: Person, password: string) => {
    const client = new Client(app.url, '127.0.0.3');
    try {
      return (await client.logIn(person.phone, password)).status;
    } finally {
      client.close();
    }
  };
  const spread: number[] = [];
  const single: number[] = [];
  for (let i = 0; i < limit; i++) {
    spread.push(await attempt(apps[i % apps.length]!, spreadOver, WRONG));
    single.push(await attempt(apps[0]!, onOne, WRONG));
  }
  for (const app of apps) {
    spread.push(await attempt(app, spreadOver, spreadOver.password));
    single.push(await attempt(apps[0]!, onOne, onOne.password));
  }
  return { spread, single };
}

/**
 * Failed logins through the balancer from one address, each with a different made-up
 * X-Forwarded-For: the address limit still counts them as one client's. Then the right password
 * of a real account from that address (refused) and from another address (let in).
 */
export async function forgedAddressThroughBalancer(balancer: string, real: Person, limit: number) {
  const attacker = new Client(balancer, '127.0.0.2');
  const other = new Client(balancer, '127.0.0.4');
  try {
    const statuses: number[] = [];
    for (let i = 0; i < limit; i++) {
      const forged = `198.51.100.${i % 250}, 203.0.113.${(i * 7) % 250}`;
      const answer = await attacker.call(
        'POST',
        '/api/v1/auth/login',
        { login: `1370000${String(i).padStart(4, '0')}`, password: WRONG },
        { 'x-forwarded-for': forged },
      );
      statuses.push(answer.status);
    }
    const thenReal = await attacker.call(
      'POST',
      '/api/v1/auth/login',
      { login: real.phone, password: real.password },
      { 'x-forwarded-for': '192.0.2.200' },
    );
    const fromElsewhere = await other.logIn(real.phone, real.password);
    return { statuses, thenReal: thenReal.status, fromElsewhere: fromElsewhere.status };
  } finally {
    attacker.close();
    other.close();
  }
}
