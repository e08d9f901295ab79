import { Client, Unanswered, type Answer } from './client.js';

// The mixed load of the cluster run, through the balancer: safety managers registering and
// confirming hazards (one in three as 重大, which drafts its 双报告 report), enterprise admins
// submitting those reports, the county regulator reading the dashboard, the hazard search and the
// ledger and signing for reports, people logging in and out, and a public page rendered by the
// web tier. Every answer is timed; every write answered 2xx is remembered, to be looked for
// afterwards.

export interface Person {
  phone: string;
  password: string;
}

export interface Cast {
  enterprises: { id: string; safety: Person; admin: Person }[];
  regulator: Person;
}

export interface Sample {
  started: number;
  ms: number;
  what: string;
  /** The status, or 0 when the network did not answer. */
  status: number;
  failed: boolean;
}

export interface Acknowledged {
  hazards: Map<string, string>; // hazard id → enterprise id
  confirms: Set<string>; // hazard ids
  submitted: Map<string, string>; // report id → enterprise id
  signed: Set<string>; // report ids signed for by the agency
}

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let counter = 0;
const hazardBody = () => ({
  source: '日常排查',
  kind: '设备',
  category: '物的不安全状态',
  description: `集群测试隐患 ${++counter}：除尘器泄爆片锈蚀`,
  location: '粉碎车间东侧',
});
const confirmGeneral = { action: 'confirm', grade: '一般', manageType: '即查即改' };
const confirmMajor = () => ({
  action: 'confirm',
  grade: '重大',
  manageType: '限期整改',
  plan: {
    measures: '更换泄爆片，清理积尘',
    responsiblePerson: '王工',
    funds: 12000.5,
    deadline: new Date(Date.now() + 10 * DAY).toISOString(),
    contingencyPlan: '整改期间停用该除尘器，设专人巡查',
    currentSituation: '泄爆片锈蚀穿孔，原因是长期未检查',
    harmAnalysis: '可能引发粉尘爆炸，整改需停产更换，难度中等',
    goal: '恢复泄爆能力，建立月检制度',
    stoppage: '局部停产',
  },
});

export class Load {
  readonly samples: Sample[] = [];
  readonly acked: Acknowledged = {
    hazards: new Map(),
    confirms: new Set(),
    submitted: new Map(),
    signed: new Set(),
  };
  private running = true;
  private readonly clients: Client[] = [];

  constructor(
    private readonly base: string,
    private readonly cast: Cast,
  ) {}

  /** Runs every virtual user until stop(); resolves when they have all finished. */
  start(): Promise<void> {
    const users = [
      ...this.cast.enterprises.map((e) => this.writer(e.id, e.safety)),
      ...this.cast.enterprises.map((e) => this.reporter(e.id, e.admin)),
      this.regulator(),
      this.loginner(),
      this.loginner(),
      this.publicReader(),
    ];
    return Promise.all(users).then(() => this.clients.forEach((c) => c.close()));
  }

  stop() {
    this.running = false;
  }

  /** Requests sent again because nginx had closed the kept-open connection (client.ts). */
  get resent(): number {
    return this.clients.reduce((n, c) => n + c.resent, 0);
  }

  private client(): Client {
    const client = new Client(this.base);
    this.clients.push(client);
    return client;
  }

  /** One timed request; a failure is no answer, a 5xx, or any status not expected. */
  private async timed(
    what: string,
    expected: number[],
    call: () => Promise<Answer>,
  ): Promise<Answer | null> {
    const started = Date.now();
    let answer: Answer | null = null;
    try {
      answer = await call();
    } catch (error) {
      if (!(error instanceof Unanswered)) throw error;
    }
    const status = answer?.status ?? 0;
    const failed = !expected.includes(status);
    this.samples.push({ started, ms: Date.now() - started, what, status, failed });
    if (failed && process.env.DEBUG_CLUSTER) {
      console.log(
        `[load] ${what}: ${status} ${JSON.stringify(answer?.body ?? null).slice(0, 200)}`,
      );
    }
    return failed ? null : answer;
  }

  private async loggedIn(person: Person): Promise<Client> {
    const client = this.client();
    while (this.running) {
      if (await this.timed('login', [200], () => client.logIn(person.phone, person.password))) {
        return client;
      }
      await sleep(200);
    }
    return client;
  }

  private async writer(enterpriseId: string, person: Person) {
    const client = await this.loggedIn(person);
    const base = `/api/v1/enterprises/${enterpriseId}/hazards`;
    for (let i = 0; this.running; i++) {
      const created = await this.timed('hazard register', [201], () =>
        client.call('POST', base, hazardBody()),
      );
      const id = created?.body?.id as string | undefined;
      if (!id) {
        await sleep(100);
        continue;
      }
      this.acked.hazards.set(id, enterpriseId);
      const move = i % 3 === 0 ? confirmMajor() : confirmGeneral;
      const moved = await this.timed('hazard confirm', [200], () =>
        client.call('POST', `${base}/${id}/moves`, move),
      );
      if (moved) this.acked.confirms.add(id);
    }
  }

  private async reporter(enterpriseId: string, person: Person) {
    const client = await this.loggedIn(person);
    const reports = `/api/v1/enterprises/${enterpriseId}/reports`;
    while (this.running) {
      const drafts = await this.timed('report list', [200], () =>
        client.call('GET', `/api/v1/reports?state=draft&enterpriseId=${enterpriseId}`),
      );
      for (const report of (drafts?.body?.items ?? []) as { id: string }[]) {
        if (!this.running) break;
        const submitted = await this.timed('report submit', [200], () =>
          client.call('POST', `${reports}/${report.id}/submit`),
        );
        if (submitted) this.acked.submitted.set(report.id, enterpriseId);
      }
      await sleep(300);
    }
  }

  private async regulator() {
    const client = await this.loggedIn(this.cast.regulator);
    while (this.running) {
      await this.timed('dashboard', [200], () => client.call('GET', '/api/v1/dashboard'));
      await this.timed('hazard search', [200], () => client.call('GET', '/api/v1/hazards'));
      await this.timed('ledger', [200], () => client.call('GET', '/api/v1/hazard-ledger'));
      const waiting = await this.timed('report list', [200], () =>
        client.call('GET', '/api/v1/reports?unacknowledged=true'),
      );
      const items = (waiting?.body?.items ?? []) as { id: string; enterpriseId: string }[];
      for (const report of items.slice(0, 3)) {
        const signed = await this.timed('report sign', [201], () =>
          client.call(
            'POST',
            `/api/v1/enterprises/${report.enterpriseId}/reports/${report.id}/acknowledgements`,
          ),
        );
        if (signed) this.acked.signed.add(report.id);
      }
    }
  }

  private async loginner() {
    const people = this.cast.enterprises.map((e) => e.safety);
    for (let i = 0; this.running; i++) {
      const client = this.client();
      const person = people[i % people.length]!;
      if (await this.timed('login', [200], () => client.logIn(person.phone, person.password))) {
        await this.timed('me', [200], () => client.call('GET', '/api/v1/auth/me'));
        await this.timed('logout', [200], () => client.call('POST', '/api/v1/auth/logout'));
      }
      client.close();
    }
  }

  private async publicReader() {
    const client = this.client();
    const page = `/public/blacklist?q=${encodeURIComponent('宝福化工')}`;
    while (this.running) {
      await this.timed('public page', [200], () => client.call('GET', page));
      await sleep(100);
    }
  }
}
