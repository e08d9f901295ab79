import type { Db } from '@shuangfang/db';
import type { ActingMembership } from '../../auth/actor.js';
import { requireEnterpriseInScope } from '../../auth/scope.js';
import { listPositions, unitsOf } from '../positions/positions.repository.js';
import * as risk from '../risk/risk.repository.js';
import { findMeta } from '../site-plan/site-plan.repository.js';
import { liveLinks } from '../boards/boards.repository.js';

/**
 * What keeps the enterprise's 一图一牌三清单 from being complete (docs/domain.md section 1): a site plan
 * with every object placed, every event assessed and with a measure, every red or orange event
 * with an emergency measure, and a published board with content for every position. Only current
 * (unarchived) records count.
 */
export async function completeness(db: Db, m: ActingMembership, enterpriseId: string) {
  await requireEnterpriseInScope(db, m, enterpriseId);
  const [rows, plan, positions] = await Promise.all([
    risk.loadRegister(db, enterpriseId, false),
    findMeta(db, enterpriseId),
    listPositions(db, enterpriseId, false),
  ]);
  const [positionUnits, links] = await Promise.all([
    unitsOf(
      db,
      enterpriseId,
      positions.map((p) => p.id),
    ),
    liveLinks(db, enterpriseId),
  ]);

  // Only rows whose whole chain is current: a unit of a current object, an event of such a unit.
  const objectById = new Map(rows.objects.map((o) => [o.id, o]));
  const units = rows.units.filter((u) => objectById.has(u.object_id));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const events = rows.events.filter((e) => unitById.has(e.unit_id));
  const place = (unitId: string) => {
    const unit = unitById.get(unitId)!;
    return `${objectById.get(unit.object_id)!.name} / ${unit.name}`;
  };
  const eventItem = (e: (typeof events)[number]) => ({
    id: e.id,
    name: e.hazard_factor,
    place: place(e.unit_id),
  });
  const withMeasure = new Set(rows.measures.map((x) => x.event_id));
  const withEmergency = new Set(rows.emergency.map((x) => x.event_id));
  const positionsWithUnits = new Set(positionUnits.map((u) => u.position_id));
  const linked = new Set(links.map((l) => l.position_id));

  const missing = {
    sitePlan: plan === undefined,
    objectsNotPlaced: rows.objects
      .filter((o) => !o.polygon)
      .map((o) => ({ id: o.id, name: o.name })),
    eventsNotAssessed: events.filter((e) => !e.grade).map(eventItem),
    eventsWithoutMeasure: events.filter((e) => !withMeasure.has(e.id)).map(eventItem),
    majorEventsWithoutEmergencyMeasure: events
      .filter((e) => (e.grade === 'red' || e.grade === 'orange') && !withEmergency.has(e.id))
      .map(eventItem),
    positionsWithoutBoard: positions
      .filter((p) => !positionsWithUnits.has(p.id) || !linked.has(p.id))
      .map((p) => ({
        id: p.id,
        name: p.name,
        reason: !positionsWithUnits.has(p.id) ? ('no_units' as const) : ('not_published' as const),
      })),
  };
  const complete =
    !missing.sitePlan &&
    rows.objects.length > 0 &&
    positions.length > 0 &&
    Object.values(missing).every((v) => v === false || (Array.isArray(v) && v.length === 0));
  return {
    complete,
    empty: rows.objects.length === 0,
    noPositions: positions.length === 0,
    missing,
  };
}
