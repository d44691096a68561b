// Serves the built web app: hashed assets cached for a year, index.html never cached, and
// any other GET for a page falls back to index.html so client-side routes load. Text files
// go out precompressed when the browser accepts it: the web build writes `<file>.br` and
// `<file>.gz` beside each one (compress-assets-plugin.ts), so nothing is compressed per
// request; a file without them goes out as it is.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

/** Files worth compressing (images and fonts are compressed already). */
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

export type ContentEncoding = 'br' | 'gzip'

/** The suffix of each encoding's precompressed file. */
const SUFFIX: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' }

/**
 * The encodings an `Accept-Encoding` header allows, best first (brotli before gzip at equal
 * weight, since it is smaller); `q=0` refuses one, `*` stands for any not named.
 */
export function acceptedEncodings(header: string | undefined): ContentEncoding[] {
  if (!header) return []
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    // An unreadable weight counts as a refusal rather than a guess.
    const weight = q === undefined ? 1 : Number(q.slice(2).trim() || 'x')
    if (name) weights.set(name.trim(), Number.isFinite(weight) ? weight : 0)
  }
  const weightOf = (encoding: ContentEncoding) =>
    weights.get(encoding) ??
    (encoding === 'gzip' ? weights.get('x-gzip') : undefined) ??
    weights.get('*') ??
    0
  return (['br', 'gzip'] as const)
    .filter((encoding) => weightOf(encoding) > 0)
    .sort((a, b) => weightOf(b) - weightOf(a))
}

async function sizeIfFile(path: string): Promise<number | null> {
  try {
    const info = await stat(path)
    return info.isFile() ? info.size : null
  } catch {
    return null
  }
}

function decodedPathname(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://x').pathname)
  } catch {
    // A malformed escape (`/%E0%A4`) names no file.
    return null
  }
}

/** The file to send for `file`: its best precompressed form the browser accepts, else itself. */
async function chooseVariant(
  file: string,
  size: number,
  acceptEncoding: string | undefined,
): Promise<{ path: string; size: number; encoding: ContentEncoding | null }> {
  if (COMPRESSIBLE_EXTENSIONS.has(extname(file))) {
    for (const encoding of acceptedEncodings(acceptEncoding)) {
      const path = file + SUFFIX[encoding]
      const variantSize = await sizeIfFile(path)
      if (variantSize !== null) return { path, size: variantSize, encoding }
    }
  }
  return { path: file, size, encoding: null }
}

/** Returns false when the request is not a static file request (so the caller answers 404). */
export async function serveStaticFile(
  rootDir: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const pathname = decodedPathname(req.url)
  if (pathname === null) return false
  const candidate = normalize(join(rootDir, pathname))
  // Never serve anything outside the web root (../ tricks).
  if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) return false

  let file = candidate
  let size = await sizeIfFile(file)
  const isAsset = pathname.startsWith('/assets/')
  if (size === null && !isAsset && !extname(pathname)) {
    file = join(rootDir, 'index.html')
    size = await sizeIfFile(file)
  }
  if (size === null) return false

  const isIndex = file.endsWith(`${sep}index.html`)
  const variant = await chooseVariant(file, size, req.headers['accept-encoding'])
  res.statusCode = 200
  res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream')
  res.setHeader('Content-Length', variant.size)
  if (variant.encoding) res.setHeader('Content-Encoding', variant.encoding)
  // Caches keep the answer per encoding asked for.
  if (COMPRESSIBLE_EXTENSIONS.has(extname(file))) res.setHeader('Vary', 'Accept-Encoding')
  res.setHeader(
    'Cache-Control',
    isIndex ? 'no-cache' : isAsset ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
  )
  res.setHeader('X-Content-Type-Options', 'nosniff')
  if (req.method === 'HEAD') {
    res.end()
    return true
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(variant.path)
    stream.on('error', () => {
      // Headers sent: the length promised can no longer be kept, so cut the connection.
      if (res.headersSent) res.destroy()
      else {
        res.removeHeader('Content-Length')
        res.removeHeader('Content-Encoding')
        res.statusCode = 500
        res.end()
      }
      resolve()
    })
    stream.on('end', resolve)
    stream.pipe(res)
  })
  return true
}
