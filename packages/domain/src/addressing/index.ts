export {
  formatAddressPrefix,
  isAddressWithinPrefix,
  parseAddressPrefix,
  safeParseAddressPrefix,
  type AddressPrefixString,
} from './address-prefix.ts'
export {
  ADDRESS_CODE_MAX_LENGTH,
  ADDRESS_LEVELS,
  ADDRESS_NUMBER_MAX,
  POSITION_SEGMENT_COUNT,
  type AddressForm,
  type AddressLevel,
  type SegmentProblemCode,
  type SegmentRole,
} from './address-segments.ts'
export type {
  AddressCodes,
  AddressParseResult,
  AddressPrefix,
  AddressPrefixParts,
  PositionAddress,
  RackPositionAddress,
  TablePositionAddress,
} from './address-types.ts'
export {
  AddressPrefixInputSchema,
  AddressPrefixSchema,
  PositionAddressInputSchema,
  PositionAddressSchema,
} from './address.schema.ts'
export { normalizeAddressInput } from './normalize-address-input.ts'
export {
  formatPositionAddress,
  parsePositionAddress,
  safeParsePositionAddress,
  type PositionAddressString,
} from './position-address.ts'
