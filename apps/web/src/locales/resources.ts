// Every translation, keyed by area in one `translation` namespace, so a key reads `area.key`
// (`auth.signIn.email`) and the api's message keys (`errors.AUTH.…`) resolve as they are.
// For types and tests: the app itself starts with core-resources.ts and loads the rest with
// their pages (area-translations.ts).
import { coreLocaleFiles } from './core-resources.ts'
import enTasks from './en/tasks.json'
import enCompliance from './en/compliance.json'
import enInventory from './en/inventory.json'
import enLabor from './en/labor.json'
import enVisitors from './en/visitors.json'
import enKiosk from './en/kiosk.json'
import enLayout from './en/layout.json'
import enLayoutCollab from './en/layoutCollab.json'
import esTasks from './es/tasks.json'
import esCompliance from './es/compliance.json'
import esInventory from './es/inventory.json'
import esLabor from './es/labor.json'
import esVisitors from './es/visitors.json'
import esKiosk from './es/kiosk.json'
import esLayout from './es/layout.json'
import esLayoutCollab from './es/layoutCollab.json'

/** One JSON file per area and locale; tests walk this to compare locales. */
export const localeFiles = {
  en: {
    ...coreLocaleFiles.en,
    tasks: enTasks,
    compliance: enCompliance,
    inventory: enInventory,
    labor: enLabor,
    visitors: enVisitors,
    kiosk: enKiosk,
    layout: enLayout,
    layoutCollab: enLayoutCollab,
  },
  es: {
    ...coreLocaleFiles.es,
    tasks: esTasks,
    compliance: esCompliance,
    inventory: esInventory,
    labor: esLabor,
    visitors: esVisitors,
    kiosk: esKiosk,
    layout: esLayout,
    layoutCollab: esLayoutCollab,
  },
}

export const resources = {
  en: { translation: localeFiles.en },
  es: { translation: localeFiles.es },
}
