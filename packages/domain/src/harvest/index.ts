export {
  fromGrams,
  GRAMS_PER_UNIT,
  HANGER_SECTION_TYPES,
  isHangerSectionType,
  MAX_WEIGHT_GRAMS,
  roundGrams,
  toGrams,
  WeightInputSchema,
  WeightKindSchema,
  WeightUnitSchema,
  type WeightInput,
  type WeightKind,
  type WeightUnit,
} from './weight-units.ts'
export { summarizeYield, type WeightEntry, type YieldSummary } from './yield-summary.ts'
export {
  BatchWeightsInputSchema,
  HarvestPlantInputSchema,
  RecordWeightInputSchema,
  WeightNoteSchema,
  type BatchWeightsInput,
  type HarvestPlantInput,
  type RecordWeightInput,
} from './harvest.schema.ts'
