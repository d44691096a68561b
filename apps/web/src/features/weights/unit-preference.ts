// The weight unit a person works in, remembered on this device: the scanner's harvest flow and
// the harvest screen share it, so a weight typed in one reads in the same unit in the other.
import { readUnitChoice, type WeightUnitChoice } from '../scan/flows/weight-input.ts'

const UNIT_KEY = 'growops.scan.weightUnit'

export function loadUnitChoice(): WeightUnitChoice {
  try {
    return readUnitChoice(window.localStorage.getItem(UNIT_KEY))
  } catch {
    return 'G'
  }
}

export function saveUnitChoice(unit: WeightUnitChoice): void {
  try {
    window.localStorage.setItem(UNIT_KEY, unit)
  } catch {
    // Storage unavailable: the unit is kept for this visit only.
  }
}
