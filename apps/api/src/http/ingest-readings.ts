// POST /api/ingest/readings: devices send a batch of readings with their sensor API key
// (`Authorization: Bearer <key>` or `X-Sensor-Key`). Refusals are JSON a person can act on:
// 401 unknown key, 400 invalid payload naming the field (`readings[3].value`), 405, 413, 415.
// Accepted batches answer 202 with counts; their alerts were stored before the answer.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PrismaClient } from '@growops/db'
import { parseIngestPayload, type IngestIssue } from '@growops/domain'
import { noLivePublisher, type LiveEventPublisher } from '../services/realtime/live-events.ts'
import { findSensorByKey, ingestReadings } from '../services/sensors/ingest-readings.ts'
import {
  createReadingThrottle,
  type ReadingThrottle,
} from '../services/sensors/reading-throttle.ts'

export const INGEST_READINGS_PATH = '/api/ingest/readings'

/** 1,000 readings with ISO times are ≈ 90 KB; anything much larger is not a reading batch. */
export const MAX_INGEST_BODY_BYTES = 256 * 1024

export interface IngestDeps {
  prisma: PrismaClient
  /** Socket.IO's publisher in the running api; default: events are stored only. */
  live?: LiveEventPublisher
  throttle?: ReadingThrottle
  now?: () => Date
}

const defaultThrottle = createReadingThrottle()

interface Refusal {
  status: 400 | 401 | 405 | 413 | 415
  code: string
  error: string
  issues?: IngestIssue[]
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(JSON.stringify(body))
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  const { status, ...body } = refusal
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="sensor ingest"')
  if (status === 405) res.setHeader('Allow', 'POST')
  answer(res, status, body)
}

function sensorKeyOf(req: IncomingMessage): string | null {
  const header = req.headers['x-sensor-key']
  const direct = Array.isArray(header) ? header[0] : header
  if (direct?.trim()) return direct.trim()
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
  return match?.[1] ?? null
}

/** Reads the body up to the limit; null when it is larger (the rest is drained). */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  let tooLarge = false
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) tooLarge = true
    if (!tooLarge) chunks.push(chunk)
  }
  return tooLarge ? null : Buffer.concat(chunks).toString('utf8')
}

async function parseRequest(
  req: IncomingMessage,
): Promise<{ ok: true; body: unknown } | { ok: false; refusal: Refusal }> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    return {
      ok: false,
      refusal: {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        error: 'Send the readings as JSON with Content-Type: application/json.',
      },
    }
  }
  const tooLarge: Refusal = {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    error: `The body is larger than ${MAX_INGEST_BODY_BYTES / 1024} KB; send at most 1,000 readings per request.`,
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_INGEST_BODY_BYTES) {
    req.resume()
    return { ok: false, refusal: tooLarge }
  }
  const text = await readBody(req, MAX_INGEST_BODY_BYTES)
  if (text === null) return { ok: false, refusal: tooLarge }
  try {
    return { ok: true, body: JSON.parse(text) as unknown }
  } catch {
    return {
      ok: false,
      refusal: {
        status: 400,
        code: 'VALIDATION.FAILED',
        error: 'The body is not valid JSON.',
        issues: [{ field: 'body', message: 'Not valid JSON.' }],
      },
    }
  }
}

export async function answerIngestReadings(
  deps: IngestDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') {
    req.resume()
    return refuse(res, { status: 405, code: 'METHOD_NOT_ALLOWED', error: 'Use POST.' })
  }
  const key = sensorKeyOf(req)
  const sensor = key ? await findSensorByKey(deps.prisma, key) : null
  if (!sensor) {
    req.resume()
    return refuse(res, {
      status: 401,
      code: 'SENSOR.UNKNOWN_KEY',
      error: key
        ? 'This sensor key is not known (rotated or mistyped). Use the key shown when the sensor was created or its key was rotated.'
        : 'Send the sensor key as "Authorization: Bearer <key>" or "X-Sensor-Key: <key>".',
    })
  }
  const request = await parseRequest(req)
  if (!request.ok) return refuse(res, request.refusal)
  const now = deps.now?.() ?? new Date()
  const parsed = parseIngestPayload(request.body, now)
  if (!parsed.ok) {
    const first = parsed.issues[0]
    return refuse(res, {
      status: 400,
      code: 'VALIDATION.FAILED',
      error: first ? `${first.field}: ${first.message}` : 'The payload is not valid.',
      issues: parsed.issues,
    })
  }
  const result = await ingestReadings(deps.prisma, sensor, parsed.readings, {
    live: deps.live ?? noLivePublisher,
    throttle: deps.throttle ?? defaultThrottle,
    now,
  })
  answer(res, 202, { sensorId: sensor.id, ...result })
}
