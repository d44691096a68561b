import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TRPCError } from '@trpc/server'
import { SESSION_LIFETIME_MS, sessionIdFromToken } from '@growops/db'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { createMember, upsertOrganization } from '../../../../../prisma/seed/organizations.ts'
import { createTestClient } from '../../test/caller.ts'
import { describeError } from '../../trpc/error-formatter.ts'

let db: TestDatabase
const PASSWORD = 'correct horse battery staple'

beforeAll(async () => {
  db = await createTestDatabase()
  const organization = await upsertOrganization(db.prisma, { name: 'Acme Grow', slug: 'acme' })
  await createMember(db.prisma, {
    email: 'Grower@Acme.test',
    name: 'Gina Grower',
    password: PASSWORD,
    organizationId: organization.id,
    role: 'HEAD_GROWER',
  })
  for (const n of [1, 2, 3]) {
    await createMember(db.prisma, {
      email: `locked${n}@acme.test`,
      name: `Locked ${n}`,
      password: PASSWORD,
      organizationId: organization.id,
      role: 'STAFF',
    })
  }
})

afterAll(async () => {
  await db.drop()
})

async function trpcErrorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof TRPCError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

describe('auth.signIn', () => {
  it('signs in with the right password, case-insensitively by e-mail, and sets an HttpOnly session cookie', async () => {
    const client = createTestClient(db.prisma)
    const result = await (
      await client.caller()
    ).auth.signIn({ email: ' grower@acme.TEST ', password: PASSWORD })
    expect(result.user).toMatchObject({
      email: 'grower@acme.test',
      name: 'Gina Grower',
      locale: 'en',
    })
    expect(result.memberships).toEqual([
      expect.objectContaining({ organizationName: 'Acme Grow', role: 'HEAD_GROWER' }),
    ])
    const cookie = client.setCookies.at(-1) ?? ''
    expect(cookie).toMatch(/^growops_session=[a-z2-7]{32}; /)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    // localhost: no Secure flag, or the browser would drop the cookie over http.
    expect(cookie).not.toContain('Secure')
  })

  it('stores only the SHA-256 of the session token', async () => {
    const client = createTestClient(db.prisma)
    await (await client.caller()).auth.signIn({ email: 'grower@acme.test', password: PASSWORD })
    const token = client.sessionToken()
    expect(token).toBeTruthy()
    expect(await db.prisma.session.findUnique({ where: { id: token ?? '' } })).toBeNull()
    const stored = await db.prisma.session.findUnique({
      where: { id: sessionIdFromToken(token ?? '') },
    })
    expect(stored?.id).toMatch(/^[0-9a-f]{64}$/)
  })

  it('hashes passwords with argon2id', async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'grower@acme.test' } })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
  })

  it('answers a wrong password and an unknown e-mail identically', async () => {
    const client = createTestClient(db.prisma, { ipAddress: '10.0.0.1' })
    const wrongPassword = await trpcErrorOf(
      (await client.caller()).auth.signIn({ email: 'grower@acme.test', password: 'nope' }),
    )
    const unknownEmail = await trpcErrorOf(
      (await client.caller()).auth.signIn({ email: 'nobody@acme.test', password: PASSWORD }),
    )
    for (const error of [wrongPassword, unknownEmail]) {
      expect(error.code).toBe('UNAUTHORIZED')
      expect(describeError(error).data.messageKey).toBe('errors.AUTH.INVALID_CREDENTIALS')
    }
    expect(wrongPassword.message).toBe(unknownEmail.message)
    expect(client.setCookies).toEqual([])
    // Clean up so the account's counter does not affect other tests.
    await db.prisma.signInThrottle.deleteMany({})
  })

  it('rejects malformed input before it reaches the database, naming the field', async () => {
    const client = createTestClient(db.prisma, { ipAddress: '10.0.0.2' })
    const error = await trpcErrorOf(
      (await client.caller()).auth.signIn({ email: 'not-an-email', password: '' }),
    )
    expect(error.code).toBe('BAD_REQUEST')
    const { data } = describeError(error)
    expect(data.messageKey).toBe('errors.VALIDATION.FAILED')
    expect(Object.keys(data.fieldErrors ?? {}).sort()).toEqual(['email', 'password'])
    expect(await db.prisma.signInThrottle.count()).toBe(0)
  })

  it('locks an account after 5 failures, even for the right password, and says how long to wait', async () => {
    const email = 'locked1@acme.test'
    for (let attempt = 0; attempt < 5; attempt++) {
      // Different addresses: the account limit alone must trigger.
      const client = createTestClient(db.prisma, { ipAddress: `10.1.0.${attempt}` })
      const error = await trpcErrorOf(
        (await client.caller()).auth.signIn({ email, password: 'wrong' }),
      )
      expect(error.code).toBe('UNAUTHORIZED')
    }
    const client = createTestClient(db.prisma, { ipAddress: '10.1.0.99' })
    const error = await trpcErrorOf(
      (await client.caller()).auth.signIn({ email, password: PASSWORD }),
    )
    expect(error.code).toBe('TOO_MANY_REQUESTS')
    const { data } = describeError(error)
    expect(data.messageKey).toBe('errors.AUTH.TOO_MANY_ATTEMPTS')
    expect(data.details.retryAfterSeconds).toBeGreaterThan(800)
    expect(data.details.retryAfterSeconds).toBeLessThanOrEqual(900)
    // Another account from the same address is unaffected.
    const other = await (
      await client.caller()
    ).auth.signIn({ email: 'locked2@acme.test', password: PASSWORD })
    expect(other.user.email).toBe('locked2@acme.test')
  })

  it('locks a client address after 20 failures across accounts', async () => {
    const ipAddress = '10.2.0.1'
    for (let attempt = 0; attempt < 20; attempt++) {
      const client = createTestClient(db.prisma, { ipAddress })
      await trpcErrorOf(
        (await client.caller()).auth.signIn({ email: `guess${attempt}@acme.test`, password: 'x' }),
      )
    }
    const blocked = await trpcErrorOf(
      (await createTestClient(db.prisma, { ipAddress }).caller()).auth.signIn({
        email: 'locked3@acme.test',
        password: PASSWORD,
      }),
    )
    expect(blocked.code).toBe('TOO_MANY_REQUESTS')
    const elsewhere = await (
      await createTestClient(db.prisma, { ipAddress: '10.2.0.2' }).caller()
    ).auth.signIn({
      email: 'locked3@acme.test',
      password: PASSWORD,
    })
    expect(elsewhere.user.email).toBe('locked3@acme.test')
  })

  it('counts concurrent failures without losing any', async () => {
    const ipAddress = '10.3.0.1'
    await Promise.all(
      Array.from({ length: 8 }, async () =>
        trpcErrorOf(
          (await createTestClient(db.prisma, { ipAddress }).caller()).auth.signIn({
            email: 'race@acme.test',
            password: 'x',
          }),
        ),
      ),
    )
    const row = await db.prisma.signInThrottle.findUniqueOrThrow({
      where: { key: `ip:${ipAddress}` },
    })
    expect(row.failures).toBe(8)
  })
})

describe('auth.me, auth.signOut, auth.setLocale', () => {
  it('answers null when signed out and the user once signed in', async () => {
    const client = createTestClient(db.prisma, { ipAddress: '10.4.0.1' })
    expect(await (await client.caller()).auth.me()).toBeNull()
    await (await client.caller()).auth.signIn({ email: 'grower@acme.test', password: PASSWORD })
    expect((await (await client.caller()).auth.me())?.user.email).toBe('grower@acme.test')
  })

  it('signing out deletes the session and clears the cookie', async () => {
    const client = createTestClient(db.prisma, { ipAddress: '10.4.0.2' })
    await (await client.caller()).auth.signIn({ email: 'grower@acme.test', password: PASSWORD })
    const sessionId = sessionIdFromToken(client.sessionToken() ?? '')
    await (await client.caller()).auth.signOut()
    expect(client.setCookies.at(-1)).toContain('Max-Age=0')
    expect(client.sessionToken()).toBeNull()
    expect(await db.prisma.session.findUnique({ where: { id: sessionId } })).toBeNull()
    expect(await (await client.caller()).auth.me()).toBeNull()
  })

  it('slides a session that is used close to its expiry, and drops an expired one', async () => {
    const client = createTestClient(db.prisma, { ipAddress: '10.4.0.3' })
    await (await client.caller()).auth.signIn({ email: 'grower@acme.test', password: PASSWORD })
    const sessionId = sessionIdFromToken(client.sessionToken() ?? '')

    await db.prisma.session.update({
      where: { id: sessionId },
      data: { expiresAt: new Date(Date.now() + 60_000) },
    })
    const cookiesBefore = client.setCookies.length
    expect(await (await client.caller()).auth.me()).not.toBeNull()
    const renewed = await db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } })
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_LIFETIME_MS - 60_000)
    expect(client.setCookies.length).toBe(cookiesBefore + 1)

    await db.prisma.session.update({
      where: { id: sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    expect(await (await client.caller()).auth.me()).toBeNull()
    expect(await db.prisma.session.findUnique({ where: { id: sessionId } })).toBeNull()
    expect(client.sessionToken()).toBeNull()
  })

  it('setLocale needs a session and stores the choice', async () => {
    const anonymous = createTestClient(db.prisma)
    const error = await trpcErrorOf((await anonymous.caller()).auth.setLocale({ locale: 'es' }))
    expect(error.code).toBe('UNAUTHORIZED')

    const client = createTestClient(db.prisma, { ipAddress: '10.4.0.4' })
    await (await client.caller()).auth.signIn({ email: 'grower@acme.test', password: PASSWORD })
    await (await client.caller()).auth.setLocale({ locale: 'es' })
    expect((await (await client.caller()).auth.me())?.user.locale).toBe('es')
    const invalid = await trpcErrorOf(
      (await client.caller()).auth.setLocale({ locale: 'fr' as 'es' }),
    )
    expect(invalid.code).toBe('BAD_REQUEST')
  })
})
