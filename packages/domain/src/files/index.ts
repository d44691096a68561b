export {
  FILE_NAME_MAX_LENGTH,
  isInlineContentType,
  MAX_STORED_FILE_BYTES,
  mediaTypeOf,
  STORED_FILE_CONTENT_TYPES,
  StoredFileContentTypeSchema,
  StoredFileNameSchema,
  StoredFileSummarySchema,
  storedFileUrl,
  type StoredFileContentType,
  type StoredFileSummary,
} from './stored-file.schema.ts'
