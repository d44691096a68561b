// The HTTP layer on a real server (port 0): health, cookies over HTTP, cross-site writes,
// static files with the SPA fallback, and a malformed request that must not crash it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { createMember, upsertOrganization } from '../../../prisma/seed/organizations.ts'
import { createApiServer } from './server.ts'

let db: TestDatabase
let baseUrl: string
let close: () => Promise<void>

beforeAll(async () => {
  db = await createTestDatabase()
  const organization = await upsertOrganization(db.prisma, { name: 'Acme Grow', slug: 'acme' })
  await createMember(db.prisma, {
    email: 'owner@acme.test',
    name: 'Owen Owner',
    password: 'owner-password',
    organizationId: organization.id,
    role: 'OWNER',
  })
  const webRoot = mkdtempSync(join(tmpdir(), 'growops-web-'))
  mkdirSync(join(webRoot, 'assets'))
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>GrowOps</title>')
  writeFileSync(join(webRoot, 'assets', 'app-123.js'), 'console.log(1)')

  const server = createApiServer({
    prisma: db.prisma,
    env: { COOKIE_SECURE: 'auto', TRUST_PROXY: false, WEB_DIST_DIR: webRoot, NODE_ENV: 'test' },
    log: () => undefined,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise((resolve) => server.close(() => resolve()))
})

afterAll(async () => {
  await close()
  await db.drop()
})

function signIn(headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email: 'owner@acme.test', password: 'owner-password' }),
  })
}

describe('api HTTP server', () => {
  it('reports health with a database round trip', async () => {
    const response = await fetch(`${baseUrl}/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', service: 'api', database: 'ok' })
  })

  it('signs in over HTTP and the cookie authenticates the next request', async () => {
    const response = await signIn()
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toContain('HttpOnly')
    const me = await fetch(`${baseUrl}/trpc/auth.me`, {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    })
    const body = (await me.json()) as { result: { data: { user: { email: string } } } }
    expect(body.result.data.user.email).toBe('owner@acme.test')
  })

  it('marks the cookie Secure when the app is not on localhost', async () => {
    // fetch cannot set Host, so this one goes through node:http.
    const setCookie = await new Promise<string>((resolve, reject) => {
      const body = JSON.stringify({ email: 'owner@acme.test', password: 'owner-password' })
      const request = httpRequest(
        `${baseUrl}/trpc/auth.signIn`,
        {
          method: 'POST',
          headers: { host: 'growops.example.com', 'content-type': 'application/json' },
        },
        (response) => {
          response.resume()
          resolve(String(response.headers['set-cookie'] ?? ''))
        },
      )
      request.on('error', reject)
      request.end(body)
    })
    expect(setCookie).toContain('Secure')
  })

  it('refuses a cross-site POST', async () => {
    const response = await signIn({ origin: 'https://evil.example' })
    expect(response.status).toBe(403)
  })

  it('answers a wrong password with 401 and a translatable message key', async () => {
    const response = await fetch(`${baseUrl}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@acme.test', password: 'wrong' }),
    })
    expect(response.status).toBe(401)
    const body = (await response.json()) as {
      error: { message: string; data: { messageKey: string; stack?: string } }
    }
    expect(body.error.data.messageKey).toBe('errors.AUTH.INVALID_CREDENTIALS')
    expect(body.error.message).toBe('E-mail or password is incorrect.')
    expect(body.error.data.stack).toBeUndefined()
  })

  it('survives malformed JSON and oversized bodies', async () => {
    const malformed = await fetch(`${baseUrl}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    })
    expect(malformed.status).toBe(400)
    const huge = await fetch(`${baseUrl}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(2 * 1024 * 1024) }),
    })
    expect(huge.status).toBe(413)
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200)
  })

  it('serves the web app, falls back to index.html for routes, and never leaves the web root', async () => {
    const route = await fetch(`${baseUrl}/some/client/route`)
    expect(route.status).toBe(200)
    expect(await route.text()).toContain('<title>GrowOps</title>')
    expect(route.headers.get('cache-control')).toBe('no-cache')

    const asset = await fetch(`${baseUrl}/assets/app-123.js`)
    expect(asset.headers.get('content-type')).toContain('text/javascript')
    expect(asset.headers.get('cache-control')).toContain('immutable')

    expect((await fetch(`${baseUrl}/assets/missing.js`)).status).toBe(404)
    expect((await fetch(`${baseUrl}/..%2f..%2fetc%2fpasswd`)).status).toBe(404)
  })
})
