// Worker thread of the collab benchmark: N editors connected to one document, each dragging
// its own table at an even share of the total edit rate. Running them off the main thread
// keeps their own processing (every editor receives every edit) out of the measured receipt.
import { parentPort, workerData } from 'node:worker_threads'
import { LAYOUT_YDOC } from '@growops/domain'
import { connect, type ConnectedProvider } from '../apps/collab/test/utils/providers.ts'
import { tableIds, tableRecord } from './collab-document.ts'

export interface EditorsInput {
  url: string
  documentName: string
  token: string
  editors: number
  editsPerSecond: number
}

const input = workerData as EditorsInput
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Milliseconds on a clock shared by all threads of the process. */
const now = () => performance.timeOrigin + performance.now()

const editors: ConnectedProvider[] = []
for (let i = 0; i < input.editors; i++) {
  const client = connect(input.url, input.documentName, { token: input.token })
  if ((await client.outcome).result !== 'synced') throw new Error('editor was not admitted')
  editors.push(client)
}
const ids = tableIds()
let sent = 0

async function run(seconds: number): Promise<void> {
  const started = performance.now()
  const base = sent
  while (performance.now() - started < seconds * 1000) {
    const due = Math.floor(((performance.now() - started) / 1000) * input.editsPerSecond)
    while (sent - base < due) {
      const editor = sent % input.editors
      const [b = 0, r = 0, t = 0] = (ids[editor] ?? '')
        .replace('shape:table-', '')
        .split('-')
        .map(Number)
      const record = tableRecord(b, r, t, sent % 500)
      record.meta = { sentAt: now() }
      editors[editor]?.provider.document.getMap(LAYOUT_YDOC.records).set(record.id, record)
      sent++
    }
    await sleep(2)
  }
}

parentPort?.on('message', (message: { run?: number; stop?: true }) => {
  if (message.run) {
    void run(message.run).then(() => parentPort?.postMessage({ done: sent }))
  } else if (message.stop) {
    for (const client of editors) client.destroy()
    parentPort?.postMessage({ stopped: true })
  }
})
parentPort?.postMessage({ ready: true })
