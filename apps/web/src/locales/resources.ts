// Every translation bundled into one `translation` namespace, keyed by area, so a key
// reads `area.key` (`auth.signIn.email`) and the api's message keys (`errors.AUTH.…`)
// resolve as they are.
import enAuth from './en/auth.json'
import enCommon from './en/common.json'
import enDashboard from './en/dashboard.json'
import enErrors from './en/errors.json'
import esAuth from './es/auth.json'
import esCommon from './es/common.json'
import esDashboard from './es/dashboard.json'
import esErrors from './es/errors.json'

/** One JSON file per area and locale; tests walk this to compare locales. */
export const localeFiles = {
  en: { common: enCommon, auth: enAuth, dashboard: enDashboard, errors: enErrors },
  es: { common: esCommon, auth: esAuth, dashboard: esDashboard, errors: esErrors },
}

export const resources = {
  en: { translation: localeFiles.en },
  es: { translation: localeFiles.es },
}
