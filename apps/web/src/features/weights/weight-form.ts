// The record-a-weight form as people fill it on a phone: a kind, a typed value ("1,5" from a
// Spanish keypad too) and its unit, the whole batch or one plant by tag (typed, or a label
// link pasted), and a note. Pure: the page sends what `readWeightForm` gives.
import {
  isDomainError,
  parseScanInput,
  toGrams,
  MAX_WEIGHT_GRAMS,
  type WeightKind,
} from '@growops/domain'
import { parseWeightInput, type WeightUnitChoice } from '../scan/flows/weight-input.ts'

export const WEIGHT_KINDS = ['WET', 'DRY', 'WASTE'] as const satisfies readonly WeightKind[]

/** A note has at most this many characters (the api's WeightNoteSchema). */
export const NOTE_MAX_LENGTH = 500

export interface WeightFormValues {
  kind: WeightKind
  value: string
  unit: WeightUnitChoice
  target: 'batch' | 'plant'
  plantText: string
  note: string
}

export type WeightFormField = 'value' | 'plant' | 'note'

/** Why a field is refused: a key under `weights.form.errors.`. */
export type WeightFormProblem =
  'value' | 'tooHeavy' | 'plantMissing' | 'notAPlant' | 'noteTooLong' | 'unknownPlant'

export type WeightFormProblems = Partial<Record<WeightFormField, WeightFormProblem>>

export interface WeightToRecord {
  batchId: string
  kind: WeightKind
  value: number
  unit: WeightUnitChoice
  /** Set when one plant was weighed; resolved to its id when sent. */
  plantTag?: string
  note?: string
}

export type WeightFormResult =
  { ok: true; weight: WeightToRecord } | { ok: false; problems: WeightFormProblems }

export function emptyWeightForm(unit: WeightUnitChoice): WeightFormValues {
  return { kind: 'DRY', value: '', unit, target: 'batch', plantText: '', note: '' }
}

/** The plant tag in what was typed or pasted, or the problem's key. */
export function readPlantTag(text: string): { tag: string } | { problem: WeightFormProblem } {
  if (text.trim() === '') return { problem: 'plantMissing' }
  try {
    const read = parseScanInput(text)
    if (read.source === 'tag') return { tag: read.tag }
    if (read.source === 'qr' && read.payload.kind === 'p') return { tag: read.payload.tag }
    return { problem: 'notAPlant' }
  } catch (error) {
    if (isDomainError(error)) return { problem: 'notAPlant' }
    throw error
  }
}

function valueProblem(values: WeightFormValues): WeightFormProblem | null {
  const value = parseWeightInput(values.value)
  if (value === null) return 'value'
  return toGrams(value, values.unit) > MAX_WEIGHT_GRAMS ? 'tooHeavy' : null
}

/** The weighing to record, or every field's problem at once. */
export function readWeightForm(batchId: string, values: WeightFormValues): WeightFormResult {
  const problems: WeightFormProblems = {}
  const valueIssue = valueProblem(values)
  if (valueIssue) problems.value = valueIssue
  const plant = values.target === 'plant' ? readPlantTag(values.plantText) : null
  if (plant && 'problem' in plant) problems.plant = plant.problem
  const note = values.note.trim()
  if (note.length > NOTE_MAX_LENGTH) problems.note = 'noteTooLong'
  const value = parseWeightInput(values.value)
  if (Object.keys(problems).length > 0 || value === null) return { ok: false, problems }
  return {
    ok: true,
    weight: {
      batchId,
      kind: values.kind,
      value,
      unit: values.unit,
      ...(plant && 'tag' in plant ? { plantTag: plant.tag } : {}),
      ...(note ? { note } : {}),
    },
  }
}
