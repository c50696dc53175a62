import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { mayReadAuthorityLog } from './authority-link-reads.ts';

const actor = (role: Actor['role'], userId: string | null): Actor => ({ userId, label: role, role, countryCode: null });
const shipment = { bookedBy: 'forwarder-1', shipperUserId: 'shipper-1' };

describe("who reads a shipment's authority links and their access log", () => {
  it('is the booking party, the shipper and Secretariat staff', () => {
    expect(mayReadAuthorityLog({ actor: actor('forwarder', 'forwarder-1'), shipment })).toBe(true);
    expect(mayReadAuthorityLog({ actor: actor('shipper', 'shipper-1'), shipment })).toBe(true);
    expect(mayReadAuthorityLog({ actor: actor('secretariat', 'staff-1'), shipment })).toBe(true);
    expect(mayReadAuthorityLog({ actor: actor('admin', 'admin-1'), shipment })).toBe(true);
  });

  it('is not a carrier of a leg, another forwarder, or a shipment without a shipper account', () => {
    expect(mayReadAuthorityLog({ actor: actor('carrier', 'carrier-1'), shipment })).toBe(false);
    expect(mayReadAuthorityLog({ actor: actor('forwarder', 'forwarder-2'), shipment })).toBe(false);
    expect(
      mayReadAuthorityLog({ actor: actor('shipper', 'shipper-1'), shipment: { ...shipment, shipperUserId: null } }),
    ).toBe(false);
    expect(mayReadAuthorityLog({ actor: actor('system', null), shipment })).toBe(false);
  });
});
