export {
  DOMAIN_ERROR_CODES,
  DomainError,
  isDomainError,
  isDomainErrorCode,
  messageKeyForCode,
  type DomainErrorCode,
  type DomainErrorMessageKey,
} from './domain-error.ts'
export { DomainErrorCodeSchema } from './domain-error.schema.ts'
