// What /labels prints, read from and written to its query string so that a link (from a room,
// a section or a batch) opens the right sheet: ?room=…|section=…|batch=…|plants=a,b&sheet=…&skip=…
import { isLabelSheetId, labelsPerPage, LABEL_SHEETS, type LabelSheetId } from '@growops/domain'

export type LabelSource =
  | { kind: 'room'; id: string }
  | { kind: 'section'; id: string }
  | { kind: 'batch'; id: string }
  | { kind: 'plants'; ids: string[] }

export interface LabelRequest {
  source: LabelSource | null
  sheet: LabelSheetId
  /** Places already used on the first page. */
  skip: number
  /** Room/section (or batch) labels printed before the position (plant) labels. */
  withContainers: boolean
}

export const DEFAULT_SHEET: LabelSheetId = 'avery-5160'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MAX_PLANTS = 1000

function sourceOf(params: URLSearchParams): LabelSource | null {
  for (const kind of ['room', 'section', 'batch'] as const) {
    const id = params.get(kind)
    if (id && UUID.test(id)) return { kind, id }
  }
  const ids = (params.get('plants') ?? '')
    .split(',')
    .filter((id) => UUID.test(id))
    .slice(0, MAX_PLANTS)
  return ids.length > 0 ? { kind: 'plants', ids } : null
}

/** Reads the request; anything unreadable falls back to a default rather than failing. */
export function readLabelRequest(params: URLSearchParams): LabelRequest {
  const sheetParam = params.get('sheet') ?? ''
  const sheet = isLabelSheetId(sheetParam) ? sheetParam : DEFAULT_SHEET
  const skipNumber = Number.parseInt(params.get('skip') ?? '0', 10)
  const maxSkip = labelsPerPage(LABEL_SHEETS[sheet]) - 1
  return {
    source: sourceOf(params),
    sheet,
    skip: Number.isFinite(skipNumber) ? Math.min(Math.max(skipNumber, 0), maxSkip) : 0,
    withContainers: params.get('containers') !== '0',
  }
}

/** The query string for a request (defaults left out). */
export function labelRequestParams(request: LabelRequest): URLSearchParams {
  const params = new URLSearchParams()
  const { source } = request
  if (source?.kind === 'plants') params.set('plants', source.ids.join(','))
  else if (source) params.set(source.kind, source.id)
  if (request.sheet !== DEFAULT_SHEET) params.set('sheet', request.sheet)
  if (request.skip > 0) params.set('skip', String(request.skip))
  if (!request.withContainers) params.set('containers', '0')
  return params
}
