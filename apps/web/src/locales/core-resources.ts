// The texts in the entry chunk: the shell, sign-in, errors, the dashboard, the floor pages and
// the scanner. Larger areas' texts load with their pages (area-translations.ts), which keeps
// what a phone downloads to open /scan within its budget.
import enAuth from './en/auth.json'
import enCommon from './en/common.json'
import enDashboard from './en/dashboard.json'
import enErrors from './en/errors.json'
import enFiles from './en/files.json'
import enFacility from './en/facility.json'
import enLookup from './en/lookup.json'
import enPlacement from './en/placement.json'
import enRooms from './en/rooms.json'
import enLive from './en/live.json'
import enAnnouncements from './en/announcements.json'
import enShiftNotes from './en/shiftNotes.json'
import enAlerts from './en/alerts.json'
import enSensors from './en/sensors.json'
import enNotifications from './en/notifications.json'
import enScanQueue from './en/scanQueue.json'
import enScan from './en/scan.json'
import enLabels from './en/labels.json'
import enWeights from './en/weights.json'
import esAuth from './es/auth.json'
import esCommon from './es/common.json'
import esDashboard from './es/dashboard.json'
import esErrors from './es/errors.json'
import esFiles from './es/files.json'
import esFacility from './es/facility.json'
import esLookup from './es/lookup.json'
import esPlacement from './es/placement.json'
import esRooms from './es/rooms.json'
import esLive from './es/live.json'
import esAnnouncements from './es/announcements.json'
import esShiftNotes from './es/shiftNotes.json'
import esAlerts from './es/alerts.json'
import esSensors from './es/sensors.json'
import esNotifications from './es/notifications.json'
import esScanQueue from './es/scanQueue.json'
import esScan from './es/scan.json'
import esLabels from './es/labels.json'
import esWeights from './es/weights.json'

export const coreLocaleFiles = {
  en: {
    auth: enAuth,
    common: enCommon,
    dashboard: enDashboard,
    errors: enErrors,
    files: enFiles,
    facility: enFacility,
    lookup: enLookup,
    placement: enPlacement,
    rooms: enRooms,
    live: enLive,
    announcements: enAnnouncements,
    shiftNotes: enShiftNotes,
    alerts: enAlerts,
    sensors: enSensors,
    notifications: enNotifications,
    scanQueue: enScanQueue,
    scan: enScan,
    labels: enLabels,
    weights: enWeights,
  },
  es: {
    auth: esAuth,
    common: esCommon,
    dashboard: esDashboard,
    errors: esErrors,
    files: esFiles,
    facility: esFacility,
    lookup: esLookup,
    placement: esPlacement,
    rooms: esRooms,
    live: esLive,
    announcements: esAnnouncements,
    shiftNotes: esShiftNotes,
    alerts: esAlerts,
    sensors: esSensors,
    notifications: esNotifications,
    scanQueue: esScanQueue,
    scan: esScan,
    labels: esLabels,
    weights: esWeights,
  },
}

export const coreResources = {
  en: { translation: coreLocaleFiles.en },
  es: { translation: coreLocaleFiles.es },
}
