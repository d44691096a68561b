// Serves the built web app: hashed assets cached for a year, index.html never cached, and
// any other GET for a page falls back to index.html so client-side routes load.
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

async function fileIfExists(path: string): Promise<string | null> {
  try {
    return (await stat(path)).isFile() ? path : null
  } catch {
    return null
  }
}

/** Returns false when the request is not a static file request (so the caller answers 404). */
export async function serveStaticFile(
  rootDir: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  const candidate = normalize(join(rootDir, pathname))
  // Never serve anything outside the web root (../ tricks).
  if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) return false

  let file = await fileIfExists(candidate)
  const isAsset = pathname.startsWith('/assets/')
  if (!file && !isAsset && !extname(pathname))
    file = await fileIfExists(join(rootDir, 'index.html'))
  if (!file) return false

  const isIndex = file.endsWith(`${sep}index.html`)
  res.statusCode = 200
  res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream')
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
    const stream = createReadStream(file)
    stream.on('error', () => {
      if (!res.headersSent) res.statusCode = 500
      res.end()
      resolve()
    })
    stream.on('end', resolve)
    stream.pipe(res)
  })
  return true
}
