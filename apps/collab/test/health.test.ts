// The collab server's health endpoint on a real port (0 = chosen by the OS).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from '@hocuspocus/server'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { createCollabServer } from '../src/server.ts'

let db: TestDatabase
let server: Server

beforeAll(async () => {
  db = await createTestDatabase()
  server = createCollabServer({ prisma: db.prisma, host: '127.0.0.1', port: 0 })
  await server.listen()
})

afterAll(async () => {
  await server.destroy()
  await db.drop()
})

describe('collab server', () => {
  it('answers /health with the database state and its counts', async () => {
    const response = await fetch(`${server.httpURL}/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      status: 'ok',
      service: 'collab',
      database: 'ok',
      documents: 0,
      connections: 0,
    })
  })

  it('reports the database as unavailable with 503 when it cannot be reached', async () => {
    const broken = await createTestDatabase()
    const brokenServer = createCollabServer({ prisma: broken.prisma, host: '127.0.0.1', port: 0 })
    await brokenServer.listen()
    await broken.drop()
    try {
      const response = await fetch(`${brokenServer.httpURL}/health`)
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({ status: 'degraded', database: 'unavailable' })
    } finally {
      await brokenServer.destroy()
    }
  })
})
