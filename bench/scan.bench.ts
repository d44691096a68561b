// The /scan route's JavaScript, gzip and brotli (the api sends the build's precompressed
// files, brotli to browsers that take it): builds the web app in memory (Vite, production
// config) and sums what a phone downloads to open /scan (the entry and the scan route's chunk
// with their static imports), then with the lazily loaded camera decoder. Target ≤ 250 KB
// gzip, the layout canvas (tldraw) never among them. Also prints the "decoded QR → confirmation
// shown" figures the scan e2e run wrote (e2e/test-results/scan-timings.json), when present.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build, type Rollup } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const webRoot = join(root, 'apps/web')
const SCAN_ROUTE = /[\\/]features[\\/]scan[\\/]scan-route\.tsx$/
const CANVAS = /[\\/]features[\\/]layout[\\/]|[\\/]node_modules[\\/](tldraw|@tldraw)[\\/]/

type Chunk = Rollup.OutputChunk

function staticClosure(start: Chunk, chunks: Map<string, Chunk>, into: Set<Chunk>): void {
  if (into.has(start)) return
  into.add(start)
  for (const name of start.imports) {
    const next = chunks.get(name)
    if (next) staticClosure(next, chunks, into)
  }
}

/** As the build's compress-assets plugin writes them: best gzip and brotli. */
function gzipBytes(code: string): number {
  return gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).length
}

function brotliBytes(code: string): number {
  return brotliCompressSync(code, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  }).length
}

function sizes(chunks: Iterable<Chunk>): string {
  let gzip = 0
  let brotli = 0
  for (const chunk of chunks) {
    gzip += gzipBytes(chunk.code)
    brotli += brotliBytes(chunk.code)
  }
  return `${(gzip / 1024).toFixed(1)} KB gzip, ${(brotli / 1024).toFixed(1)} KB brotli`
}

export async function runScanBench(): Promise<void> {
  const output = (await build({
    root: webRoot,
    configFile: join(webRoot, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, sourcemap: false },
  })) as Rollup.RollupOutput
  const chunks = new Map<string, Chunk>()
  for (const item of output.output) if (item.type === 'chunk') chunks.set(item.fileName, item)
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry)
  const route = [...chunks.values()].find((chunk) => SCAN_ROUTE.test(chunk.facadeModuleId ?? ''))
  if (!entry || !route) throw new Error('no entry chunk or no lazy /scan route chunk in the build')

  const opening = new Set<Chunk>()
  staticClosure(entry, chunks, opening)
  staticClosure(route, chunks, opening)
  // What the route itself loads lazily (the camera decoder when the camera starts): dynamic
  // imports of the route's own chunks, not of the shared entry (the other pages).
  const entryOwn = new Set<Chunk>()
  staticClosure(entry, chunks, entryOwn)
  const routeOwn = new Set<Chunk>()
  staticClosure(route, chunks, routeOwn)
  const withCamera = new Set(opening)
  for (const chunk of routeOwn) {
    if (entryOwn.has(chunk)) continue
    for (const name of chunk.dynamicImports) {
      const lazy = chunks.get(name)
      if (lazy && !CANVAS.test(lazy.facadeModuleId ?? '')) staticClosure(lazy, chunks, withCamera)
    }
  }
  const canvasLoaded = [...withCamera].some((chunk) =>
    Object.keys(chunk.modules).some((id) => CANVAS.test(id)),
  )
  const list = (set: Set<Chunk>) =>
    [...set].map((c) => `${c.fileName} ${(gzipBytes(c.code) / 1024).toFixed(1)} KB gzip`)

  console.log(`/scan JS on opening (entry + route):  ${sizes(opening)}`)
  console.log(`  ${list(opening).join('\n  ')}`)
  console.log(`/scan JS with the camera decoder:     ${sizes(withCamera)}`)
  const lazyOnly = new Set([...withCamera].filter((chunk) => !opening.has(chunk)))
  console.log(`  ${list(lazyOnly).join('\n  ')}`)
  console.log(
    `  target ≤ 250 KB gzip; layout canvas (tldraw) loaded: ${canvasLoaded ? 'YES' : 'no'}`,
  )

  // Where the opening bytes go, by package (rendered, before minifying).
  const byPackage = new Map<string, number>()
  for (const chunk of opening) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      const name = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)?.[1] ?? 'app code'
      byPackage.set(name, (byPackage.get(name) ?? 0) + info.renderedLength)
    }
  }
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8)
  console.log(
    `  largest on opening (before minifying): ${top.map(([n, b]) => `${n} ${(b / 1024).toFixed(0)} KB`).join(', ')}`,
  )

  const timingsFile = join(root, 'e2e/test-results/scan-timings.json')
  if (existsSync(timingsFile)) {
    const t = JSON.parse(readFileSync(timingsFile, 'utf8')) as {
      samples: number[]
      p50: number
      max: number
      at: string
    }
    console.log(
      `decoded QR → confirmation shown (e2e ${t.at}): n=${t.samples.length} p50 ${t.p50.toFixed(0)} ms max ${t.max.toFixed(0)} ms (target ≤ 300 ms)`,
    )
  } else {
    console.log('decoded QR → confirmation shown: run the scan e2e first (e2e/tests/scan)')
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runScanBench()
