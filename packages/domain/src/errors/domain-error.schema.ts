import { z } from 'zod'
import { DOMAIN_ERROR_CODES } from './domain-error.ts'

/** A stable domain error code, e.g. for error payloads sent to clients. */
export const DomainErrorCodeSchema = z.enum(DOMAIN_ERROR_CODES)
