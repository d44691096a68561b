// Buildings and rooms (containers: drag a table into a room and it becomes the room's
// child, which is how publish knows where a section belongs), aisles and doors.
import { LAYOUT_SHAPE_TYPES, feetToCanvas } from '@growops/domain'
import {
  BaseBoxShapeUtil,
  BaseFrameLikeShapeUtil,
  SVGContainer,
  type TLShape,
  useEditor,
} from 'tldraw'
import { IssueOutline, ShapeTitle, rectPath, useHasIssue, useZoom } from './shape-chrome.tsx'
import {
  layoutPropValidators,
  type AisleShape,
  type BuildingShape,
  type DoorShape,
  type RoomShape,
} from './shape-types.ts'

/** Layout shapes are never rotated: plans are axis-aligned, like the published rectangles. */
export function withoutRotation<S extends TLShape>(next: S): S {
  return next.rotation === 0 ? next : { ...next, rotation: 0 }
}

const ROOM_FILL: Record<RoomShape['props']['roomType'], string> = {
  VEG: '#eaf6e4',
  FLOWER: '#f7ecf6',
  CLONE: '#e6f3f7',
  DRY: '#f7f1e3',
  CURE: '#efe9f7',
  TRIM: '#f1f1ee',
}

function BuildingBody({ shape }: { shape: BuildingShape }) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, shape.id)
  const { w, h, code, name } = shape.props
  return (
    <SVGContainer>
      <rect width={w} height={h} fill="#fafaf8" stroke="#3a4a40" strokeWidth={4} />
      <ShapeTitle x={8} y={6} text={`${code} · ${name}`} zoom={zoom} size={18} />
      <IssueOutline w={w} h={h} show={issue} />
    </SVGContainer>
  )
}

export class BuildingShapeUtil extends BaseFrameLikeShapeUtil<BuildingShape> {
  static override type = LAYOUT_SHAPE_TYPES.building
  static override props = layoutPropValidators('building')
  override getDefaultProps(): BuildingShape['props'] {
    return {
      w: feetToCanvas(120),
      h: feetToCanvas(80),
      code: '',
      name: '',
      buildingType: 'CULTIVATION',
    }
  }
  override hideRotateHandle() {
    return true
  }
  override onBeforeCreate(next: BuildingShape) {
    return withoutRotation(next)
  }
  override onBeforeUpdate(_prev: BuildingShape, next: BuildingShape) {
    return withoutRotation(next)
  }
  override component(shape: BuildingShape) {
    return <BuildingBody shape={shape} />
  }
  override getIndicatorPath(shape: BuildingShape) {
    return rectPath(shape.props.w, shape.props.h)
  }
}

function RoomBody({ shape }: { shape: RoomShape }) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, shape.id)
  const { w, h, code, name, roomType } = shape.props
  return (
    <SVGContainer>
      <rect width={w} height={h} fill={ROOM_FILL[roomType]} stroke="#4f6357" strokeWidth={2} />
      <ShapeTitle x={6} y={4} text={`${code} · ${name} (${roomType})`} zoom={zoom} size={12} />
      <IssueOutline w={w} h={h} show={issue} />
    </SVGContainer>
  )
}

export class RoomShapeUtil extends BaseFrameLikeShapeUtil<RoomShape> {
  static override type = LAYOUT_SHAPE_TYPES.room
  static override props = layoutPropValidators('room')
  override getDefaultProps(): RoomShape['props'] {
    return { w: feetToCanvas(40), h: feetToCanvas(30), code: '', name: '', roomType: 'VEG' }
  }
  override hideRotateHandle() {
    return true
  }
  override onBeforeCreate(next: RoomShape) {
    return withoutRotation(next)
  }
  override onBeforeUpdate(_prev: RoomShape, next: RoomShape) {
    return withoutRotation(next)
  }
  override component(shape: RoomShape) {
    return <RoomBody shape={shape} />
  }
  override getIndicatorPath(shape: RoomShape) {
    return rectPath(shape.props.w, shape.props.h)
  }
}

function AisleBody({ shape }: { shape: AisleShape }) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, shape.id)
  const { w, h, label } = shape.props
  return (
    <SVGContainer>
      <rect
        width={w}
        height={h}
        fill="#f0f0ea"
        stroke="#9aa39d"
        strokeDasharray="6 4"
        strokeWidth={1.5}
      />
      <ShapeTitle x={4} y={2} text={label} zoom={zoom} size={8} colour="#5b665f" />
      <IssueOutline w={w} h={h} show={issue} />
    </SVGContainer>
  )
}

export class AisleShapeUtil extends BaseBoxShapeUtil<AisleShape> {
  static override type = LAYOUT_SHAPE_TYPES.aisle
  static override props = layoutPropValidators('aisle')
  override getDefaultProps(): AisleShape['props'] {
    return { w: feetToCanvas(4), h: feetToCanvas(20), label: '' }
  }
  override hideRotateHandle() {
    return true
  }
  override onBeforeCreate(next: AisleShape) {
    return withoutRotation(next)
  }
  override onBeforeUpdate(_prev: AisleShape, next: AisleShape) {
    return withoutRotation(next)
  }
  override component(shape: AisleShape) {
    return <AisleBody shape={shape} />
  }
  override getIndicatorPath(shape: AisleShape) {
    return rectPath(shape.props.w, shape.props.h)
  }
}

function DoorBody({ shape }: { shape: DoorShape }) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, shape.id)
  const { w, h, label } = shape.props
  // A door: the opening, and the swing of its leaf as a quarter circle.
  const r = Math.min(w, feetToCanvas(4))
  return (
    <SVGContainer>
      <rect width={w} height={h} fill="#ffffff" stroke="#6b4f2a" strokeWidth={2} />
      <path
        d={`M 0 ${h} A ${r} ${r} 0 0 1 ${r} ${h + r}`}
        fill="none"
        stroke="#6b4f2a"
        strokeDasharray="3 3"
      />
      <ShapeTitle x={0} y={-14} text={label} zoom={zoom} size={8} colour="#6b4f2a" />
      <IssueOutline w={w} h={h} show={issue} />
    </SVGContainer>
  )
}

export class DoorShapeUtil extends BaseBoxShapeUtil<DoorShape> {
  static override type = LAYOUT_SHAPE_TYPES.door
  static override props = layoutPropValidators('door')
  override getDefaultProps(): DoorShape['props'] {
    return { w: feetToCanvas(4), h: feetToCanvas(0.5), label: '' }
  }
  override hideRotateHandle() {
    return true
  }
  override onBeforeCreate(next: DoorShape) {
    return withoutRotation(next)
  }
  override onBeforeUpdate(_prev: DoorShape, next: DoorShape) {
    return withoutRotation(next)
  }
  override component(shape: DoorShape) {
    return <DoorBody shape={shape} />
  }
  override getIndicatorPath(shape: DoorShape) {
    return rectPath(shape.props.w, shape.props.h)
  }
}
