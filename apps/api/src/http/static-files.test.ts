// The web app's static files on a real server (port 0): precompressed brotli or gzip as the
// browser accepts, with the right length, Vary and cache headers; plain files otherwise.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptedEncodings, serveStaticFile } from './static-files.ts'

const SCRIPT = `export const scan = ${JSON.stringify('x'.repeat(5000))};\n`
const INDEX = `<!doctype html><title>GrowOps</title>${'<!-- padding -->'.repeat(200)}`
const ASSET = '/assets/scan-route-Ab12Cd.js'

let root: string
let baseUrl: string
let close: () => Promise<void>

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'growops-static-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), INDEX)
  writeFileSync(join(root, 'index.html.br'), brotliCompressSync(INDEX))
  writeFileSync(join(root, 'index.html.gz'), gzipSync(INDEX))
  writeFileSync(join(root, ASSET), SCRIPT)
  writeFileSync(join(root, `${ASSET}.br`), brotliCompressSync(SCRIPT))
  writeFileSync(join(root, `${ASSET}.gz`), gzipSync(SCRIPT))
  // Built without compressed siblings (too small to be worth it).
  writeFileSync(join(root, 'assets/tiny-1a2b.css'), 'a{color:red}')
  writeFileSync(join(root, 'assets/icon-9f9f.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  writeFileSync(join(root, 'assets/icon-9f9f.png.gz'), gzipSync(Buffer.from([0x89])))
  const server = createServer((req, res) => {
    serveStaticFile(root, req, res).then(
      (served) => {
        if (!served) {
          res.statusCode = 404
          res.end('not found')
        }
      },
      () => {
        res.statusCode = 500
        res.end()
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise((resolve) => server.close(() => resolve()))
})

afterAll(async () => {
  await close()
  rmSync(root, { recursive: true, force: true })
})

describe('precompressed static files', () => {
  it('sends the brotli file when accepted: its length, Vary, immutable for hashed assets', async () => {
    const answer = await get(ASSET, { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 10)
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT)
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('sends gzip to a browser without brotli, or that refuses it with q=0', async () => {
    for (const accept of ['gzip, deflate', 'br;q=0, gzip', 'gzip;q=1, br;q=0.5']) {
      const answer = await get(ASSET, { 'accept-encoding': accept })
      expect(answer.headers['content-encoding'], accept).toBe('gzip')
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
      expect(gunzipSync(answer.body).toString()).toBe(SCRIPT)
    }
  })

  it('sends the file as it is without Accept-Encoding, still with Vary and its length', async () => {
    const answer = await get(ASSET)
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT))
    expect(answer.body.toString()).toBe(SCRIPT)
  })

  it('a client-side route gets index.html compressed and never cached', async () => {
    const answer = await get('/scan?mode=harvest', { 'accept-encoding': 'br' })
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers['cache-control']).toBe('no-cache')
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(brotliDecompressSync(answer.body).toString()).toBe(INDEX)
  })

  it('a file built without compressed siblings, and an image, go out uncompressed', async () => {
    const css = await get('/assets/tiny-1a2b.css', { 'accept-encoding': 'br, gzip' })
    expect(css.headers['content-encoding']).toBeUndefined()
    expect(css.body.toString()).toBe('a{color:red}')
    expect(css.headers['content-length']).toBe('12')
    const png = await get('/assets/icon-9f9f.png', { 'accept-encoding': 'br, gzip' })
    expect(png.headers['content-encoding']).toBeUndefined()
    expect(png.headers.vary).toBeUndefined()
    expect(png.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  })

  it('HEAD answers the headers of the GET it stands for, with no body', async () => {
    const answer = await get(ASSET, { 'accept-encoding': 'gzip' }, 'HEAD')
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(Number(answer.headers['content-length'])).toBe(gzipSync(SCRIPT).length)
    expect(answer.body.length).toBe(0)
  })

  it('a missing asset, a path outside the root and a malformed escape are not served', async () => {
    expect((await get('/assets/missing-0000.js')).status).toBe(404)
    expect((await get('/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(404)
    expect((await get('/%E0%A4%A')).status).toBe(404)
  })
})

describe('acceptedEncodings', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['identity', []],
    ['gzip', ['gzip']],
    ['x-gzip', ['gzip']],
    ['gzip, br', ['br', 'gzip']],
    ['br;q=0.2, gzip;q=0.8', ['gzip', 'br']],
    ['*', ['br', 'gzip']],
    ['*;q=0.5, br;q=0', ['gzip']],
    ['BR; Q=1', ['br']],
    ['gzip;q=junk', []],
  ] as const)('%j → %j', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected)
  })
})
