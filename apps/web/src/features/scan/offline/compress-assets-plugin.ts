// Build step: writes `<file>.br` and `<file>.gz` beside every text file of the build, once, at
// the best compression (the api's static handler sends them as they are, to browsers that
// accept them; static-files.ts). A phone on a weak signal opening /scan downloads about a
// fifth of the JavaScript's size instead of all of it, and the api spends no CPU per request.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** The same list as the api's static handler (images and fonts are compressed already). */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
])

/** Below this, the headers cost more than compression saves. */
export const MIN_COMPRESS_BYTES = 1024

export interface CompressionTotals {
  files: number
  bytes: number
  brotliBytes: number
  gzipBytes: number
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return filesUnder(path)
      return Promise.resolve(entry.isFile() ? [path] : [])
    }),
  )
  return nested.flat()
}

async function compressOne(path: string, totals: CompressionTotals): Promise<void> {
  const source = await readFile(path)
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
  ])
  totals.files += 1
  totals.bytes += source.length
  // A compressed file no smaller than the original is not worth a second request path.
  if (br.length < source.length) {
    await writeFile(`${path}.br`, br)
    totals.brotliBytes += br.length
  }
  if (gz.length < source.length) {
    await writeFile(`${path}.gz`, gz)
    totals.gzipBytes += gz.length
  }
}

/** Compresses every text file of at least MIN_COMPRESS_BYTES under `dir` (source maps not). */
export async function precompressDirectory(dir: string): Promise<CompressionTotals> {
  const totals: CompressionTotals = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 }
  const candidates = []
  for (const path of await filesUnder(dir)) {
    if (!COMPRESSIBLE_EXTENSIONS.has(extname(path))) continue
    if ((await stat(path)).size < MIN_COMPRESS_BYTES) continue
    candidates.push(path)
  }
  // A few at a time: the build machine's cores are shared.
  for (let i = 0; i < candidates.length; i += 4)
    await Promise.all(candidates.slice(i, i + 4).map((path) => compressOne(path, totals)))
  return totals
}

export function compressAssetsPlugin(): Plugin {
  let outDir = ''
  return {
    name: 'growops-compress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // After everything is on disk (public files included); builds that write nothing (the
    // bench's in-memory build) never get here.
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await precompressDirectory(outDir)
      },
    },
  }
}
