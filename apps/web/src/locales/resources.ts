// Every translation bundled into one `translation` namespace, keyed by area, so a key
// reads `area.key` (`auth.signIn.email`) and the api's message keys (`errors.AUTH.…`)
// resolve as they are.
import enAuth from './en/auth.json'
import enCommon from './en/common.json'
import enDashboard from './en/dashboard.json'
import enErrors from './en/errors.json'
import enFiles from './en/files.json'
import enTasks from './en/tasks.json'
import enCompliance from './en/compliance.json'
import enFacility from './en/facility.json'
import enLayout from './en/layout.json'
import enLayoutCollab from './en/layoutCollab.json'
import enLookup from './en/lookup.json'
import enPlacement from './en/placement.json'
import enRooms from './en/rooms.json'
import enLive from './en/live.json'
import enAnnouncements from './en/announcements.json'
import enShiftNotes from './en/shiftNotes.json'
import enAlerts from './en/alerts.json'
import enInventory from './en/inventory.json'
import enSensors from './en/sensors.json'
import enNotifications from './en/notifications.json'
import enScanQueue from './en/scanQueue.json'
import enScan from './en/scan.json'
import enLabels from './en/labels.json'
import enVisitors from './en/visitors.json'
import enKiosk from './en/kiosk.json'
import enWeights from './en/weights.json'
import enLabor from './en/labor.json'
import esAuth from './es/auth.json'
import esCommon from './es/common.json'
import esDashboard from './es/dashboard.json'
import esErrors from './es/errors.json'
import esFiles from './es/files.json'
import esTasks from './es/tasks.json'
import esCompliance from './es/compliance.json'
import esFacility from './es/facility.json'
import esLayout from './es/layout.json'
import esLayoutCollab from './es/layoutCollab.json'
import esLookup from './es/lookup.json'
import esPlacement from './es/placement.json'
import esRooms from './es/rooms.json'
import esLive from './es/live.json'
import esAnnouncements from './es/announcements.json'
import esShiftNotes from './es/shiftNotes.json'
import esAlerts from './es/alerts.json'
import esInventory from './es/inventory.json'
import esSensors from './es/sensors.json'
import esNotifications from './es/notifications.json'
import esScanQueue from './es/scanQueue.json'
import esScan from './es/scan.json'
import esLabels from './es/labels.json'
import esVisitors from './es/visitors.json'
import esKiosk from './es/kiosk.json'
import esWeights from './es/weights.json'
import esLabor from './es/labor.json'

/** One JSON file per area and locale; tests walk this to compare locales. */
export const localeFiles = {
  en: {
    common: enCommon,
    auth: enAuth,
    dashboard: enDashboard,
    errors: enErrors,
    files: enFiles,
    tasks: enTasks,
    compliance: enCompliance,
    facility: enFacility,
    rooms: enRooms,
    lookup: enLookup,
    placement: enPlacement,
    layout: enLayout,
    layoutCollab: enLayoutCollab,
    live: enLive,
    announcements: enAnnouncements,
    shiftNotes: enShiftNotes,
    alerts: enAlerts,
    inventory: enInventory,
    sensors: enSensors,
    notifications: enNotifications,
    scanQueue: enScanQueue,
    scan: enScan,
    labels: enLabels,
    visitors: enVisitors,
    kiosk: enKiosk,
    weights: enWeights,
    labor: enLabor,
  },
  es: {
    common: esCommon,
    auth: esAuth,
    dashboard: esDashboard,
    errors: esErrors,
    files: esFiles,
    tasks: esTasks,
    compliance: esCompliance,
    facility: esFacility,
    rooms: esRooms,
    lookup: esLookup,
    placement: esPlacement,
    layout: esLayout,
    layoutCollab: esLayoutCollab,
    live: esLive,
    announcements: esAnnouncements,
    shiftNotes: esShiftNotes,
    alerts: esAlerts,
    inventory: esInventory,
    sensors: esSensors,
    notifications: esNotifications,
    scanQueue: esScanQueue,
    scan: esScan,
    labels: esLabels,
    visitors: esVisitors,
    kiosk: esKiosk,
    weights: esWeights,
    labor: esLabor,
  },
}

export const resources = {
  en: { translation: localeFiles.en },
  es: { translation: localeFiles.es },
}
