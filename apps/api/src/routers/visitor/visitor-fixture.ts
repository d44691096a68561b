// A facility with visitor zones for the visitor and kiosk tests: the cultivation fixture's
// property MAIN with zones LOBBY (no escort, capacity 2, no rooms) and GROW (escort, VEG-A and
// DRY-A), a second property NORTH with its own zone, a second organization, callers per role
// sharing one recording publisher, and a caller without a session (the kiosk's).
import type { PrismaClient, Role } from '@growops/db'
import { safetyAgreementText } from '@growops/domain'
import { upsertProperty } from '../../../../../prisma/seed/facility.ts'
import { sha256Hex } from '../../services/audit/append-audit-entry.ts'
import { createContext } from '../../trpc/context.ts'
import { createCaller } from '../../trpc/root.ts'
import {
  createCultivationFixture,
  type CultivationFixture,
} from '../../test/cultivation-fixture.ts'
import {
  createRecordingPublisher,
  type RecordingPublisher,
} from '../../test/recording-publisher.ts'
import {
  callerFor,
  createTenant,
  ROLES,
  type Caller,
  type TenantFixture,
} from '../../test/tenancy.ts'

export interface VisitorFixture {
  f: CultivationFixture
  b: TenantFixture
  org: string
  live: RecordingPublisher
  as: Record<Role, Caller>
  lobbyId: string
  growId: string
  northPropertyId: string
  northZoneId: string
  /** A caller with no session, from this address (kiosk calls). */
  publicCaller: (ipAddress?: string) => Promise<Caller>
  /** Creates a kiosk at `propertyId` (default MAIN) and returns its token. */
  newKiosk: (propertyId?: string) => Promise<{ kioskId: string; token: string }>
}

export const AGREEMENT_SHA = sha256Hex(safetyAgreementText('en'))

export async function createVisitorFixture(
  prisma: PrismaClient,
  slug: string,
): Promise<VisitorFixture> {
  const f = await createCultivationFixture(prisma, `${slug}-a`)
  const b = await createTenant(prisma, `${slug}-b`)
  const org = f.tenant.organizationId
  const live = createRecordingPublisher()
  const as = {} as Record<Role, Caller>
  for (const role of ROLES) as[role] = await callerFor(prisma, f.tenant.userIds[role], live)
  const base = { organizationId: org, propertyId: f.propertyId }
  const lobby = await as.OWNER.visitor.createZone({
    ...base,
    code: 'lobby',
    name: 'Lobby',
    capacity: 2,
    escortRequired: false,
  })
  const grow = await as.OWNER.visitor.createZone({
    ...base,
    code: 'GROW',
    name: 'Grow areas',
    roomIds: [f.vegRoomId, f.dryRoomId],
  })
  const north = await upsertProperty(prisma, { organizationId: org, code: 'NORTH', name: 'North' })
  const northZone = await as.OWNER.visitor.createZone({
    organizationId: org,
    propertyId: north.id,
    code: 'LOBBY',
    name: 'North lobby',
  })
  live.clear()
  return {
    f,
    b,
    org,
    live,
    as,
    lobbyId: lobby.id,
    growId: grow.id,
    northPropertyId: north.id,
    northZoneId: northZone.id,
    async publicCaller(ipAddress = '127.0.0.1') {
      const ctx = await createContext(
        { prisma, env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false }, live },
        {
          cookieHeader: undefined,
          hostHeader: 'localhost',
          ipAddress,
          userAgent: 'kiosk',
          appendSetCookie: () => undefined,
        },
      )
      return createCaller(ctx)
    },
    async newKiosk(propertyId = f.propertyId) {
      const created = await as.OWNER.kiosk.create({
        organizationId: org,
        propertyId,
        name: 'Lobby',
      })
      return { kioskId: created.kiosk.id, token: created.token }
    },
  }
}
