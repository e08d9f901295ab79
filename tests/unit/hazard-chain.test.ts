import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalForm,
  ChainChecker,
  eventHash,
  GENESIS_HASH,
  type ChainEvent,
} from '../../api/src/modules/hazards/hazard-chain.js';
import { canonicalJson } from '../../api/src/lib/canonical-json.js';

// The canonical form is a contract with whoever verifies the log without our code: it is written
// out here literally, so that changing it breaks this test instead of every stored chain.

const ENTERPRISE = '0b6f2c7e-1d2a-4c3b-8e9f-001122334455';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function makeEvent(seq: number, prevHash: string, over: Partial<ChainEvent> = {}): ChainEvent {
  return {
    enterpriseId: ENTERPRISE,
    seq,
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    hazardId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    actorId: '11111111-2222-4333-8444-555555555555',
    actorName: '张三',
    at: new Date(Date.UTC(2026, 10, 23, 8, 0, seq)),
    action: seq === 1 ? 'register' : 'confirm',
    fromState: seq === 1 ? null : 'reported',
    toState: seq === 1 ? 'reported' : 'rectifying',
    comment: null,
    attachments: [],
    payload: {},
    prevHash,
    ...over,
  };
}

/** A well-formed chain of `n` events. */
function chain(n: number) {
  const events: (ChainEvent & { hash: string })[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const e = makeEvent(seq, events.at(-1)?.hash ?? GENESIS_HASH);
    events.push({ ...e, hash: eventHash(e) });
  }
  return events;
}

describe('canonical form', () => {
  it('sorts keys at every depth, drops undefined, keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, e: null })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"e":null}',
    );
  });

  it('is the documented array, and the hash is its SHA-256', () => {
    const e = makeEvent(2, 'f'.repeat(64), {
      id: '00000000-0000-4000-8000-00000000000A'.toUpperCase(),
      comment: '确认',
      attachments: [{ ref: 'r1', name: 'a.jpg' }],
      payload: { manageType: '限期整改', grade: '一般', funds: 12000.5 },
    });
    const expected =
      '["hazard-event/v1","0b6f2c7e-1d2a-4c3b-8e9f-001122334455",2,' +
      '"00000000-0000-4000-8000-00000000000a","aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",' +
      '"11111111-2222-4333-8444-555555555555","张三","2026-11-23T08:00:02.000Z","confirm",' +
      '"reported","rectifying","确认",[{"name":"a.jpg","ref":"r1"}],' +
      `{"funds":12000.5,"grade":"一般","manageType":"限期整改"},"${'f'.repeat(64)}"]`;
    expect(canonicalForm(e)).toBe(expected);
    expect(eventHash(e)).toBe(sha256(expected));
  });

  it('changes with every field, so none can be altered unseen', () => {
    const base = makeEvent(2, GENESIS_HASH);
    const variants: Partial<ChainEvent>[] = [
      { enterpriseId: 'ffffffff-1d2a-4c3b-8e9f-001122334455' },
      { seq: 3 },
      { id: 'ffffffff-0000-4000-8000-000000000002' },
      { hazardId: 'ffffffff-bbbb-4ccc-8ddd-eeeeeeeeeeee' },
      { actorId: 'ffffffff-2222-4333-8444-555555555555' },
      { actorName: '李四' },
      { at: new Date(base.at.getTime() + 1) },
      { action: 'reject' },
      { fromState: 'rectifying' },
      { toState: 'rejected' },
      { comment: '' },
      { attachments: [{ name: 'x', ref: 'y' }] },
      { payload: { grade: '重大' } },
      { prevHash: '1'.repeat(64) },
    ];
    const hashes = new Set([eventHash(base), ...variants.map((v) => eventHash({ ...base, ...v }))]);
    expect(hashes.size).toBe(variants.length + 1);
  });
});

describe('ChainChecker', () => {
  const run = (events: (ChainEvent & { hash: string })[], head = events.at(-1)) => {
    const checker = new ChainChecker();
    for (const e of events) checker.check(e);
    return checker.finish(head && { lastSeq: head.seq, lastHash: head.hash, lastEventId: head.id });
  };

  it('passes a whole chain, and an empty one', () => {
    expect(run(chain(5))).toEqual({ ok: true, checked: 5, firstBroken: null });
    expect(run([], undefined)).toEqual({ ok: true, checked: 0, firstBroken: null });
  });

  it('names an altered event', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, comment: '改过' };
    expect(run(events).firstBroken).toMatchObject({ seq: 3, eventId: events[2]!.id });
    expect(run(events).firstBroken!.reason).toContain('被改动');
  });

  it('names the event after a deleted one', () => {
    const events = chain(5);
    const [, , , fourth] = events;
    events.splice(2, 1);
    const result = run(events);
    expect(result).toMatchObject({ ok: false, checked: 4 });
    expect(result.firstBroken).toMatchObject({ seq: 4, eventId: fourth!.id });
    expect(result.firstBroken!.reason).toContain('缺少序号 3');
  });

  it('names the first of two swapped events', () => {
    const events = chain(5);
    const [a, b] = [events[1]!, events[2]!];
    // Their seq values swapped, so that b now comes second.
    const swapped = [events[0]!, { ...b, seq: 2 }, { ...a, seq: 3 }, events[3]!, events[4]!];
    expect(run(swapped).firstBroken).toMatchObject({ seq: 2, eventId: b.id });
  });

  it('notices a lost tail through the chain head', () => {
    const events = chain(5);
    const result = run(events.slice(0, 4), events[4]);
    expect(result.firstBroken).toMatchObject({ seq: 5, eventId: events[4]!.id });
    expect(result.firstBroken!.reason).toContain('链尾');
  });

  it('notices a rewritten chain whose last hash differs from the head', () => {
    const events = chain(3);
    const head = { ...events[2]!, hash: '1'.repeat(64) };
    expect(run(events, head).firstBroken).toMatchObject({ seq: 3 });
  });
});
