// Build step for the service worker (public/sw.js): writes /sw-precache.js with this build's
// id and the files to keep for offline use: the entry, every chunk it can load, their CSS and
// assets, except the layout canvas route (tldraw is large and needs a connection anyway).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/** The part of a Rollup output chunk this step reads. */
export interface PrecacheChunk {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
  dynamicImports: string[]
  viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> }
}

export interface PrecacheAsset {
  type: 'asset'
  fileName: string
}

/** Dynamic imports of modules matching this are left out (loaded online only). */
export const ONLINE_ONLY = /[\\/]features[\\/]layout[\\/]/

/** The files a page needs offline, in a stable order, as absolute URL paths. */
export function precacheFiles(bundle: Record<string, PrecacheChunk | PrecacheAsset>): string[] {
  const chunks = new Map<string, PrecacheChunk>()
  for (const output of Object.values(bundle))
    if (output.type === 'chunk') chunks.set(output.fileName, output)
  const files = new Set<string>()
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName)
    if (!chunk || files.has(fileName)) return
    files.add(fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
    for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset)
    chunk.imports.forEach(visit)
    for (const dynamic of chunk.dynamicImports) {
      const target = chunks.get(dynamic)
      if (target && !ONLINE_ONLY.test(target.facadeModuleId ?? '')) visit(dynamic)
    }
  }
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName)
  return [...files].sort().map((file) => `/${file}`)
}

/** A short id that changes whenever the list (hence some file's hash) changes. */
export function buildId(files: readonly string[]): string {
  let hash = 5381
  for (const char of files.join('\n')) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0
  return hash.toString(36)
}

export function swPrecachePlugin(): Plugin {
  let listed: string[] = []
  return {
    name: 'growops-sw-precache',
    apply: 'build',
    // After Vite's own generateBundle hooks: they drop chunks that held only CSS (a stylesheet
    // two lazy routes share), and a listed file that is never written fails the worker's
    // install, so /scan would never open offline.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        listed = precacheFiles(bundle)
        const manifest = { version: buildId(listed), files: listed }
        this.emitFile({
          type: 'asset',
          fileName: 'sw-precache.js',
          source: `self.GROWOPS_PRECACHE = ${JSON.stringify(manifest)}\n`,
        })
      },
    },
    // Say so at build time rather than on a phone: every listed file must be on disk.
    writeBundle(options) {
      const dir = options.dir ?? ''
      const missing = listed.filter((file) => !existsSync(join(dir, file)))
      if (missing.length > 0)
        this.error(`sw-precache lists files the build did not write: ${missing.join(', ')}`)
    },
  }
}
