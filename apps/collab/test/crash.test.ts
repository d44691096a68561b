// A collab server killed with SIGKILL (no shutdown hook runs) loses at most the last second
// of edits: the server runs as a child process (`src/main.ts`), a client edits continuously,
// the process is killed mid-stream, and a restarted server serves what was stored.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@growops/db/testing'
import { LAYOUT_YDOC } from '@growops/domain'
import { createLayoutFixture, type LayoutFixture } from './utils/layout-fixture.ts'
import { connect, type ConnectedProvider } from './utils/providers.ts'

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url))

let db: TestDatabase
let layout: LayoutFixture
const children: ChildProcess[] = []
const clients: ConnectedProvider[] = []

beforeAll(async () => {
  db = await createTestDatabase()
  layout = await createLayoutFixture(db.prisma, 'crash')
})

afterAll(async () => {
  for (const client of clients) client.destroy()
  for (const child of children) child.kill('SIGKILL')
  await db.drop()
})

/** Starts `src/main.ts` on a free port and resolves with its WebSocket URL. */
async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    COLLAB_HOST: '127.0.0.1',
    COLLAB_PORT: '0',
  }
  delete env.REDIS_URL
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`collab did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (ws:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`collab exited (${code}):\n${output}`)))
  })
  return { child, url }
}

async function editorOn(url: string) {
  const client = connect(url, layout.documentName, { token: layout.editorToken })
  clients.push(client)
  expect((await client.outcome).result).toBe('synced')
  return { client, records: client.provider.document.getMap<unknown>(LAYOUT_YDOC.records) }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('collab crash', () => {
  it('a SIGKILLed server loses at most the last second of edits', async () => {
    const first = await startChild()
    const { client, records } = await editorOn(first.url)

    // An edit every 20 ms for 1.6 s, then SIGKILL while the edits keep coming.
    const sentAt = new Map<string, number>()
    let index = 0
    const editing = setInterval(() => {
      const key = `shape:e${index++}`
      sentAt.set(key, Date.now())
      records.set(key, { id: key, typeName: 'shape', type: 'gw-aisle', x: index, y: 0 })
    }, 20)
    await sleep(1600)
    const killedAt = Date.now()
    first.child.kill('SIGKILL')
    clearInterval(editing)
    await new Promise((resolve) => first.child.once('exit', resolve))
    client.destroy()

    const second = await startChild()
    const reader = await editorOn(second.url)
    const stored = new Set(reader.records.keys())
    const lost = [...sentAt].filter(([key]) => !stored.has(key))
    const oldestLost = Math.min(...lost.map(([, at]) => at))
    const lossWindowMs = lost.length === 0 ? 0 : killedAt - oldestLost
    console.log(
      `[crash] ${sentAt.size} edits, ${lost.length} lost; loss window ${lossWindowMs} ms before SIGKILL`,
    )
    expect(stored.size).toBeGreaterThan(0)
    for (const [key, at] of sentAt) {
      if (killedAt - at > 1000)
        expect(stored.has(key), `${key}, ${killedAt - at} ms old`).toBe(true)
    }
    expect(lossWindowMs).toBeLessThanOrEqual(1000)
    second.child.kill('SIGTERM')
    await new Promise((resolve) => second.child.once('exit', resolve))
  })
})
