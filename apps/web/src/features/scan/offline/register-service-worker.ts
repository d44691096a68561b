// Installs the service worker that lets /scan open without a connection (public/sw.js). Only
// in production builds: in development Vite serves unhashed modules that must never be cached.
import { useEffect } from 'react'

export function registerScanServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // The precache list it imports changes with every build: never take it from the HTTP cache.
  navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => {
    // Private windows and some embedded browsers refuse; the app works without it.
  })
}

/** Registers the service worker once the screen that uses it has mounted. */
export function useScanServiceWorker(): void {
  useEffect(registerScanServiceWorker, [])
}
