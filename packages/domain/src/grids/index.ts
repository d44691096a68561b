export {
  addressFormForSectionType,
  generateRackGrid,
  generateSectionAddresses,
  generateTableGrid,
  type GridCell,
  type SectionGrid,
  type SectionPosition,
} from './grid.ts'
export {
  GRID_LIMITS,
  RackGridInputSchema,
  SectionTypeSchema,
  TableGridInputSchema,
  type RackGridInput,
  type SectionType,
  type TableGridInput,
} from './grid.schema.ts'
