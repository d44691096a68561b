/* GrowOps service worker: lets the scan screens open without a connection.
 * - Pages (navigations): network first; offline, the cached app shell (index.html).
 * - Hashed build files (/assets/…): cache first; the ones a scan screen needs are stored at
 *   install (the list comes from /sw-precache.js, written by each build).
 * - The api (/trpc, /socket.io, /collab, /exports, /health, /ingest, /api) is never cached, with one
 *   exception: the last answer of `auth.me`, so the app still knows who is signed in when it
 *   opens offline. It is forgotten on sign-out.
 * Registered only by production builds (features/scan/offline/register-service-worker.ts). */
/* global self, caches, importScripts */
importScripts('/sw-precache.js')

const PRECACHE = self.GROWOPS_PRECACHE || { version: 'dev', files: [] }
const SHELL_CACHE = 'growops-shell-' + PRECACHE.version
const ASSET_CACHE = 'growops-assets'
const SESSION_CACHE = 'growops-session'
const SHELL_FILES = ['/index.html', '/manifest.webmanifest', '/favicon.svg', '/icons/icon-192.png']
const ONLINE_ONLY = /^\/(trpc|socket\.io|collab|exports|health|ingest|api)(\/|$)/

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE)
      // `cache: 'reload'` skips the HTTP cache: the shell must match this build's files.
      await shell.addAll(SHELL_FILES.map((url) => new Request(url, { cache: 'reload' })))
      const assets = await caches.open(ASSET_CACHE)
      const missing = []
      for (const url of PRECACHE.files) if (!(await assets.match(url))) missing.push(url)
      await assets.addAll(missing)
      // Who is signed in now, so that the very next visit can open offline.
      try {
        const me = await fetch(SESSION_KEY + '&input=' + encodeURIComponent('{}'), {
          credentials: 'same-origin',
        })
        await rememberSession(me)
      } catch {
        // Offline while installing: the next answer is kept instead.
      }
      await self.skipWaiting()
    })(),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('growops-shell-') && name !== SHELL_CACHE) await caches.delete(name)
      // Hashed files of older builds are no longer referenced by the shell.
      const keep = new Set(PRECACHE.files)
      const assets = await caches.open(ASSET_CACHE)
      for (const request of await assets.keys())
        if (!keep.has(new URL(request.url).pathname)) await assets.delete(request)
      await self.clients.claim()
    })(),
  )
})

async function networkFirstPage(request) {
  try {
    return await fetch(request)
  } catch (error) {
    const shell = await caches.open(SHELL_CACHE)
    const cached = await shell.match('/index.html')
    if (cached) return cached
    throw error
  }
}

async function cacheFirstAsset(request) {
  const assets = await caches.open(ASSET_CACHE)
  const cached = await assets.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) await assets.put(request, response.clone())
  return response
}

async function staleWhileRevalidate(request) {
  const shell = await caches.open(SHELL_CACHE)
  const cached = await shell.match(request)
  const fresh = fetch(request)
    .then(async (response) => {
      if (response.ok) await shell.put(request, response.clone())
      return response
    })
    .catch(() => undefined)
  return cached || (await fresh) || Response.error()
}

/* The app asks `auth.me` alone through tRPC's batch link; any such answer is kept under one key. */
const SESSION_KEY = '/trpc/auth.me?batch=1'

async function rememberSession(response) {
  if (!response.ok) return
  const session = await caches.open(SESSION_CACHE)
  await session.put(SESSION_KEY, response)
}

async function rememberedSession(request) {
  try {
    const response = await fetch(request)
    if (new URL(request.url).searchParams.get('batch') === '1')
      await rememberSession(response.clone())
    return response
  } catch (error) {
    const cached = await (await caches.open(SESSION_CACHE)).match(SESSION_KEY)
    if (cached) return cached
    throw error
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.method !== 'GET') {
    // Signing out forgets who was signed in (phones are shared).
    if (url.pathname.startsWith('/trpc/') && url.pathname.includes('auth.signOut'))
      event.waitUntil(caches.delete(SESSION_CACHE))
    return
  }
  if (url.pathname === '/trpc/auth.me') {
    event.respondWith(rememberedSession(request))
    return
  }
  if (ONLINE_ONLY.test(url.pathname)) return
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstPage(request))
    return
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirstAsset(request))
    return
  }
  event.respondWith(staleWhileRevalidate(request))
})
