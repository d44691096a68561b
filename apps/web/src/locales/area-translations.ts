// Texts of the larger areas, loaded with their pages instead of in the entry chunk. Both
// languages load together, so switching language on an open page needs no second download.
import type { i18n as I18n } from 'i18next'

const LOADERS = {
  tasks: () => Promise.all([import('./en/tasks.json'), import('./es/tasks.json')]),
  compliance: () => Promise.all([import('./en/compliance.json'), import('./es/compliance.json')]),
  inventory: () => Promise.all([import('./en/inventory.json'), import('./es/inventory.json')]),
  labor: () => Promise.all([import('./en/labor.json'), import('./es/labor.json')]),
  visitors: () => Promise.all([import('./en/visitors.json'), import('./es/visitors.json')]),
  kiosk: () => Promise.all([import('./en/kiosk.json'), import('./es/kiosk.json')]),
  layout: () => Promise.all([import('./en/layout.json'), import('./es/layout.json')]),
  layoutCollab: () =>
    Promise.all([import('./en/layoutCollab.json'), import('./es/layoutCollab.json')]),
}

export type LazyArea = keyof typeof LOADERS
export const LAZY_AREAS = Object.keys(LOADERS) as LazyArea[]

// The router starts loading the first page's module (and so its texts) when it is created, which
// can be before the app creates its i18next instance: loads wait for the instance.
let resolveTarget: (instance: I18n) => void = () => {}
let target = new Promise<I18n>((resolve) => {
  resolveTarget = resolve
})
const loaded = new Map<LazyArea, Promise<void>>()

/** The app's i18next instance, set when it is created. */
export function registerAreaTranslations(instance: I18n): void {
  loaded.clear()
  resolveTarget(instance)
  target = Promise.resolve(instance)
}

function loadArea(instance: I18n, area: LazyArea): Promise<void> {
  const pending = loaded.get(area)
  if (pending) return pending
  const loading = LOADERS[area]().then(([en, es]) => {
    instance.addResourceBundle('en', 'translation', { [area]: en.default }, true, true)
    instance.addResourceBundle('es', 'translation', { [area]: es.default }, true, true)
  })
  // A failed download (offline) is retried on the next visit rather than cached as failed.
  loaded.set(
    area,
    loading.catch((error: unknown) => {
      loaded.delete(area)
      throw error
    }),
  )
  return loaded.get(area) ?? loading
}

/** Adds the areas' texts to the app's translations; resolves at once for areas already there. */
export async function loadAreaTranslations(areas: readonly LazyArea[]): Promise<void> {
  const instance = await target
  await Promise.all(areas.map((area) => loadArea(instance, area)))
}
