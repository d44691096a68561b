export {
  ACCESS_MATRIX,
  accessLevel,
  assertCanPerform,
  canPerform,
  type AccessScope,
} from './access.ts'
export {
  AccessActionSchema,
  AccessAreaSchema,
  AccessLevelSchema,
  RoleSchema,
  type AccessAction,
  type AccessArea,
  type AccessLevel,
  type Role,
} from './access.schema.ts'
