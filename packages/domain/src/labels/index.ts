export {
  encodeQrPayload,
  isQrKind,
  parseQrPayload,
  QR_KINDS,
  QR_PAYLOAD_MAX_LENGTH,
  QR_PAYLOAD_VERSION,
  qrPayloadPath,
  safeParseQrPayload,
  type QrIdKind,
  type QrInvalidReason,
  type QrKind,
  type QrPayload,
  type QrTarget,
} from './qr-payload.ts'
export { parseScanInput, type ScanInput } from './scan-input.ts'
export { base64UrlToUuid, COMPACT_UUID_LENGTH, isUuid, uuidToBase64Url } from './uuid-base64url.ts'
